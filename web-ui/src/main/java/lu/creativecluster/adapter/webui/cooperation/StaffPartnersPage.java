package lu.creativecluster.adapter.webui.cooperation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import lu.creativecluster.adapter.webui.account.Viewer;
import lu.creativecluster.adapter.webui.member.FormChoices;
import lu.creativecluster.adapter.webui.site.Feedback;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.adapter.webui.site.Texts;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.cooperation.ManagePartnersUseCase;
import lu.creativecluster.application.port.in.cooperation.PartnerNotFoundException;
import lu.creativecluster.application.port.in.sector.ListSectorsUseCase;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.cooperation.Cooperation;
import lu.creativecluster.domain.cooperation.CooperationKind;
import lu.creativecluster.domain.cooperation.CooperationStatus;
import lu.creativecluster.domain.cooperation.CooperationTexts;
import lu.creativecluster.domain.cooperation.PartnerContact;
import lu.creativecluster.domain.cooperation.PartnerDetails;
import lu.creativecluster.domain.cooperation.PartnerId;
import lu.creativecluster.domain.cooperation.PartnerKind;
import lu.creativecluster.domain.cooperation.PartnerOrganisation;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.LanguageTag;
import lu.creativecluster.domain.member.WebLink;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;

/**
 * Backing bean of staff's partner page ({@code /{lang}/staff/partners}): every partner (archived
 * ones marked), a form to register one, and with {@code ?id=} the partner's form, its archive
 * switch and its cooperations, each editable ({@code &cooperation=}). Each form carries the version
 * it was filled from: if someone changed the partner meanwhile, nothing is saved and the form says
 * so, keeping what was typed.
 */
@Named("staffPartners")
@RequestScoped
public class StaffPartnersPage {

  private final ManagePartnersUseCase manage;
  private final ListSectorsUseCase sectors;
  private final Viewer viewer;
  private final SiteContext site;
  private final Feedback feedback;
  private final HttpServletRequest request;

  private final Map<String, String> errors = new LinkedHashMap<>();
  private PartnerOrganisation partner;
  private boolean stale;
  private long version = -1;

  // The partner form.
  private String name = "";
  private String kind = "";
  private String country = "";
  private String region = "";
  private String website = "";
  private List<String> sectorCodes = new ArrayList<>();
  private String languages = "";
  private String contactName = "";
  private String contactEmail = "";
  private String contactPhone = "";

  // The cooperation form.
  private String cooperationKind = "";
  private String cooperationStart = "";
  private String cooperationEnd = "";
  private String cooperationStatus = "";
  private String cooperationDescription = "";
  private String cooperationActivities = "";

  /** For CDI's client proxy only. */
  protected StaffPartnersPage() {
    this(null, null, null, null, null, null);
  }

  @Inject
  public StaffPartnersPage(
      ManagePartnersUseCase manage,
      ListSectorsUseCase sectors,
      Viewer viewer,
      SiteContext site,
      Feedback feedback,
      HttpServletRequest request) {
    this.manage = manage;
    this.sectors = sectors;
    this.viewer = viewer;
    this.site = site;
    this.feedback = feedback;
    this.request = request;
  }

  /** On the first request, fills the forms from the stored partner; an unknown one is a 404. */
  public void prepare() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback() || version >= 0 || !isEditing()) {
      return;
    }
    Optional<PartnerOrganisation> found = load();
    if (found.isEmpty()) {
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
      return;
    }
    fill(found.get());
    cooperation(found.get()).ifPresent(this::fill);
  }

  /** Whether the page edits one partner ({@code ?id=}) rather than registering a new one. */
  public boolean isEditing() {
    return request.getParameter("id") != null;
  }

  private Optional<PartnerOrganisation> load() {
    if (partner == null) {
      try {
        partner = manage.partner(viewer.actor(), PartnerId.parse(request.getParameter("id")));
      } catch (IllegalArgumentException | NullPointerException | PartnerNotFoundException e) {
        return Optional.empty();
      }
    }
    return Optional.of(partner);
  }

  private Optional<Cooperation> cooperation(PartnerOrganisation p) {
    String wanted = request.getParameter("cooperation");
    return p.cooperations().stream().filter(c -> c.id().toString().equals(wanted)).findFirst();
  }

  private void fill(PartnerOrganisation p) {
    PartnerDetails d = p.details();
    version = p.version();
    name = d.name();
    kind = d.kind().code();
    country = d.country().alpha2();
    region = d.region();
    website = d.website().map(WebLink::toString).orElse("");
    sectorCodes = d.sectors().stream().map(SectorCode::value).collect(Collectors.toList());
    languages = d.languages().stream().map(LanguageTag::value).collect(Collectors.joining(", "));
    contactName = d.contact().name();
    contactEmail = d.contact().email().map(Email::value).orElse("");
    contactPhone = d.contact().phone();
  }

  private void fill(Cooperation c) {
    cooperationKind = c.kind().code();
    cooperationStart = c.start().toString();
    cooperationEnd = c.end().map(LocalDate::toString).orElse("");
    cooperationStatus = c.status().code();
    cooperationDescription = c.description();
    cooperationActivities = String.join("\n", c.activities());
  }

  // ---------------------------------------------------------------- actions

  /** Registers a new partner, or saves the one being edited. */
  public void save() {
    Optional<PartnerDetails> details = details();
    if (details.isEmpty()) {
      feedback.error("staffPartners.error.summary");
      return;
    }
    run(
        () -> {
          if (!isEditing()) {
            PartnerOrganisation made =
                manage.register(viewer.actor(), details.get(), request.getRemoteAddr());
            clearPartnerForm();
            return made;
          }
          return manage.update(
              viewer.actor(), partnerId(), version, details.get(), request.getRemoteAddr());
        },
        "staffPartners.saved");
  }

  public void archive() {
    run(
        () -> manage.archive(viewer.actor(), partnerId(), version, true, request.getRemoteAddr()),
        "staffPartners.archived");
    refillPartnerForm();
  }

  public void reactivate() {
    run(
        () -> manage.archive(viewer.actor(), partnerId(), version, false, request.getRemoteAddr()),
        "staffPartners.reactivated");
    refillPartnerForm();
  }

  /** Records a new cooperation, or saves the one named by {@code &cooperation=}. */
  public void saveCooperation() {
    Optional<PartnerOrganisation> current = load();
    if (current.isEmpty()) {
      feedback.error("staffPartners.error.gone");
      return;
    }
    UUID id = cooperation(current.get()).map(Cooperation::id).orElseGet(UUID::randomUUID);
    Optional<Cooperation> cooperation = cooperationInput(id);
    if (cooperation.isEmpty()) {
      feedback.error("staffPartners.error.summary");
      refillPartnerForm();
      return;
    }
    run(
        () ->
            manage.recordCooperation(
                viewer.actor(), partnerId(), version, cooperation.get(), request.getRemoteAddr()),
        "staffPartners.cooperationSaved");
    if (!stale && errors.isEmpty() && request.getParameter("cooperation") == null) {
      clearCooperationForm();
    }
    refillPartnerForm();
  }

  /**
   * The partner form is not posted with the other forms: it shows the stored partner again. After a
   * refused stale change, the version stays the one the person saw, so a retry is refused too until
   * the page is reloaded.
   */
  private void refillPartnerForm() {
    long seen = version;
    load().ifPresent(this::fill);
    if (stale) {
      version = seen;
    }
  }

  private void clearCooperationForm() {
    cooperationKind = "";
    cooperationStart = "";
    cooperationEnd = "";
    cooperationStatus = "";
    cooperationDescription = "";
    cooperationActivities = "";
  }

  private void run(Supplier<PartnerOrganisation> change, String doneKey) {
    try {
      PartnerOrganisation saved = change.get();
      if (isEditing()) {
        partner = saved;
        version = saved.version();
      }
      feedback.notice(doneKey);
    } catch (ConcurrentUpdateException e) {
      stale = true;
      feedback.error("staffPartners.error.stale");
    } catch (PartnerNotFoundException e) {
      feedback.error("staffPartners.error.gone");
    } catch (AccessDeniedException e) {
      feedback.error("staffPartners.error.denied");
    } catch (IllegalArgumentException e) {
      // What the form did not check itself: the partner's limit of cooperations.
      feedback.error("staffPartners.error.limit");
    }
  }

  private PartnerId partnerId() {
    return PartnerId.parse(request.getParameter("id"));
  }

  private void clearPartnerForm() {
    name = "";
    kind = "";
    country = "";
    region = "";
    website = "";
    sectorCodes = new ArrayList<>();
    languages = "";
    contactName = "";
    contactEmail = "";
    contactPhone = "";
  }

  // ---------------------------------------------------------------- reading the forms

  private Optional<PartnerDetails> details() {
    String n = line("name", name, 2, PartnerDetails.MAX_NAME);
    Optional<PartnerKind> k = PartnerKind.fromCode(kind);
    if (k.isEmpty()) {
      errors.put("kind", "staffPartners.error.kind");
    }
    Optional<CountryCode> c = parse("country", country, CountryCode::of);
    String r = line("region", region, 0, 120);
    Optional<WebLink> w =
        website.isBlank() ? Optional.empty() : parse("website", website, WebLink::parse);
    Set<SectorCode> s = new LinkedHashSet<>();
    Set<String> known =
        sectors.listSectors().stream().map(x -> x.code().value()).collect(Collectors.toSet());
    for (String code : sectorCodes == null ? List.<String>of() : sectorCodes) {
      if (known.contains(code)) {
        s.add(new SectorCode(code));
      } else {
        errors.put("sectors", "staffPartners.error.sectors");
      }
    }
    Set<LanguageTag> l = new LinkedHashSet<>();
    for (String tag : languages.split("[,\\s]+")) {
      if (!tag.isBlank()) {
        parse("languages", tag, LanguageTag::of).ifPresent(l::add);
      }
    }
    String cn = line("contact-name", contactName, 0, 120);
    Optional<Email> e =
        contactEmail.isBlank()
            ? Optional.empty()
            : parse("contact-email", contactEmail.strip(), Email::new);
    String cp = line("contact-phone", contactPhone, 0, 40);
    if (s.size() > PartnerDetails.MAX_SECTORS) {
      errors.put("sectors", "staffPartners.error.sectors");
    }
    if (l.size() > PartnerDetails.MAX_LANGUAGES) {
      errors.put("languages", "staffPartners.error.languages");
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PartnerDetails(n, k.get(), c.get(), r, w, s, new PartnerContact(cn, e, cp), l));
  }

  private Optional<Cooperation> cooperationInput(UUID id) {
    Optional<CooperationKind> k = CooperationKind.fromCode(cooperationKind);
    if (k.isEmpty()) {
      errors.put("cooperation-kind", "staffPartners.error.cooperationKind");
    }
    Optional<LocalDate> start = date("cooperation-start", cooperationStart, true);
    Optional<LocalDate> end = date("cooperation-end", cooperationEnd, false);
    Optional<CooperationStatus> st = CooperationStatus.fromCode(cooperationStatus);
    if (st.isEmpty()) {
      errors.put("cooperation-status", "staffPartners.error.cooperationStatus");
    }
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      errors.put("cooperation-end", "staffPartners.error.endBeforeStart");
    }
    if (cooperationDescription.strip().length() > Cooperation.MAX_DESCRIPTION) {
      errors.put("cooperation-description", "staffPartners.error.description");
    }
    List<String> activities =
        Arrays.stream(cooperationActivities.split("\\R"))
            .map(String::strip)
            .filter(a -> !a.isEmpty())
            .toList();
    if (activities.size() > Cooperation.MAX_ACTIVITIES
        || activities.stream().anyMatch(a -> a.length() > Cooperation.MAX_ACTIVITY)) {
      errors.put("cooperation-activities", "staffPartners.error.activities");
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Cooperation(
              id, k.get(), start.get(), end, st.get(), cooperationDescription, activities));
    } catch (IllegalArgumentException e) {
      errors.put("cooperation-description", "staffPartners.error.description");
      return Optional.empty();
    }
  }

  private String line(String field, String value, int min, int max) {
    try {
      return CooperationTexts.singleLine(value == null ? "" : value, field, min, max);
    } catch (IllegalArgumentException e) {
      errors.put(field, "staffPartners.error.length." + min + "." + max);
      return "";
    }
  }

  private <T> Optional<T> parse(
      String field, String value, java.util.function.Function<String, T> f) {
    try {
      return Optional.of(f.apply(value == null ? "" : value.strip()));
    } catch (RuntimeException e) {
      errors.put(field, "staffPartners.error." + field);
      return Optional.empty();
    }
  }

  private Optional<LocalDate> date(String field, String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.put(field, "staffPartners.error.date");
      }
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      errors.put(field, "staffPartners.error.date");
      return Optional.empty();
    }
  }

  // ---------------------------------------------------------------- the page

  /** A partner in staff's list. */
  public record PartnerRow(
      String name, String country, String kindKey, boolean archived, String editHref) {}

  public List<PartnerRow> getPartners() {
    try {
      return manage.everyPartner(viewer.actor()).stream()
          .map(
              p ->
                  new PartnerRow(
                      p.details().name(),
                      countryName(p.details().country().alpha2()),
                      "staffPartners.kind." + p.details().kind().code(),
                      p.archived(),
                      site.pageHref("staffPartners") + "?id=" + p.id()))
          .toList();
    } catch (AccessDeniedException e) {
      return List.of();
    }
  }

  /** A cooperation of the partner being edited. */
  public record CooperationRow(
      String kindKey, String statusKey, String dates, String description, String editHref) {}

  public List<CooperationRow> getCooperations() {
    if (!isEditing() || load().isEmpty()) {
      return List.of();
    }
    return partner.cooperations().stream()
        .map(
            c ->
                new CooperationRow(
                    "staffPartners.cooperationKind." + c.kind().code(),
                    "staffPartners.cooperationStatus." + c.status().code(),
                    c.start() + " – " + c.end().map(LocalDate::toString).orElse("…"),
                    c.description(),
                    site.pageHref("staffPartners")
                        + "?id="
                        + partner.id()
                        + "&cooperation="
                        + c.id()))
        .toList();
  }

  public boolean isArchived() {
    return isEditing() && load().map(PartnerOrganisation::archived).orElse(false);
  }

  public String getHeading() {
    return isEditing() ? load().map(p -> p.details().name()).orElse("") : "";
  }

  /** Whether the cooperation form edits a stored cooperation rather than adding one. */
  public boolean isEditingCooperation() {
    return isEditing() && load().flatMap(this::cooperation).isPresent();
  }

  public String getNewCooperationHref() {
    return site.pageHref("staffPartners") + "?id=" + request.getParameter("id");
  }

  public boolean isStale() {
    return stale;
  }

  public String error(String field) {
    String key = errors.get(field);
    return key == null ? "" : Texts.in(site.language()).text(key);
  }

  public String invalid(String field) {
    return Boolean.toString(errors.containsKey(field));
  }

  public List<String> getKinds() {
    return Arrays.stream(PartnerKind.values()).map(PartnerKind::code).toList();
  }

  public List<String> getCooperationKinds() {
    return Arrays.stream(CooperationKind.values()).map(CooperationKind::code).toList();
  }

  public List<String> getCooperationStatuses() {
    return Arrays.stream(CooperationStatus.values()).map(CooperationStatus::code).toList();
  }

  public List<FormChoices> getCountries() {
    return FormChoices.countries(site.language());
  }

  public List<FormChoices> getSectors() {
    return FormChoices.sectors(sectors.listSectors(), site.language());
  }

  private String countryName(String code) {
    String shown = new Locale("", code).getDisplayCountry(site.getLocale());
    return shown.isBlank() ? code : shown;
  }

  // ---------------------------------------------------------------- fields

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public List<String> getSectorCodes() {
    return sectorCodes;
  }

  public void setSectorCodes(List<String> sectorCodes) {
    this.sectorCodes = sectorCodes;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getCooperationKind() {
    return cooperationKind;
  }

  public void setCooperationKind(String cooperationKind) {
    this.cooperationKind = cooperationKind;
  }

  public String getCooperationStart() {
    return cooperationStart;
  }

  public void setCooperationStart(String cooperationStart) {
    this.cooperationStart = cooperationStart;
  }

  public String getCooperationEnd() {
    return cooperationEnd;
  }

  public void setCooperationEnd(String cooperationEnd) {
    this.cooperationEnd = cooperationEnd;
  }

  public String getCooperationStatus() {
    return cooperationStatus;
  }

  public void setCooperationStatus(String cooperationStatus) {
    this.cooperationStatus = cooperationStatus;
  }

  public String getCooperationDescription() {
    return cooperationDescription;
  }

  public void setCooperationDescription(String cooperationDescription) {
    this.cooperationDescription = cooperationDescription;
  }

  public String getCooperationActivities() {
    return cooperationActivities;
  }

  public void setCooperationActivities(String cooperationActivities) {
    this.cooperationActivities = cooperationActivities;
  }
}
