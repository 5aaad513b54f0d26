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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lu.creativecluster.adapter.webui.account.Viewer;
import lu.creativecluster.adapter.webui.member.FormChoices;
import lu.creativecluster.adapter.webui.site.Feedback;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.adapter.webui.site.Texts;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.cooperation.ManagePartnersUseCase;
import lu.creativecluster.application.port.in.mission.ListMissionsUseCase;
import lu.creativecluster.application.port.in.mission.ManageMissionsUseCase;
import lu.creativecluster.application.port.in.mission.MissionNotFoundException;
import lu.creativecluster.application.port.in.mission.MissionView;
import lu.creativecluster.application.port.in.sector.ListSectorsUseCase;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.cooperation.CooperationTexts;
import lu.creativecluster.domain.cooperation.PartnerId;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.mission.IllegalMissionTransitionException;
import lu.creativecluster.domain.mission.Mission;
import lu.creativecluster.domain.mission.MissionDates;
import lu.creativecluster.domain.mission.MissionFullException;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.mission.MissionKind;
import lu.creativecluster.domain.mission.MissionPlan;
import lu.creativecluster.domain.mission.MissionText;
import lu.creativecluster.domain.mission.MissionTexts;
import lu.creativecluster.domain.mission.Organiser;
import lu.creativecluster.domain.mission.OrganiserKind;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Language;

/**
 * Backing bean of staff's mission form ({@code /{lang}/staff/mission-edit}, with {@code ?id=} to
 * revise a mission): texts in de, fr and en, kind, destination, dates, organiser, target sectors
 * and capacity. Every field is checked before anything is saved, each wrong one named beside it;
 * the form carries the version it was filled from, so a change made meanwhile (a member's
 * application counts) is refused rather than overwritten.
 */
@Named("missionEdit")
@RequestScoped
public class MissionEditForm {

  private static final List<String> LANGUAGES = List.of("de", "fr", "en");

  private final ListMissionsUseCase missions;
  private final ManageMissionsUseCase manage;
  private final ManagePartnersUseCase partners;
  private final ListSectorsUseCase sectors;
  private final Viewer viewer;
  private final SiteContext site;
  private final Feedback feedback;
  private final HttpServletRequest request;

  private final Map<String, String> errors = new LinkedHashMap<>();
  private long version = -1;
  private boolean stale;
  private String savedId = "";

  private final Map<String, String> titles = new HashMap<>();
  private final Map<String, String> descriptions = new HashMap<>();
  private String kind = "";
  private String country = "";
  private String city = "";
  private String start = "";
  private String end = "";
  private String deadline = "";
  private String organiserKind = "cluster";
  private String organiserName = "";
  private String organiserPartner = "";
  private List<String> sectorCodes = new ArrayList<>();
  private String capacity = "";

  /** For CDI's client proxy only. */
  protected MissionEditForm() {
    this(null, null, null, null, null, null, null, null);
  }

  @Inject
  public MissionEditForm(
      ListMissionsUseCase missions,
      ManageMissionsUseCase manage,
      ManagePartnersUseCase partners,
      ListSectorsUseCase sectors,
      Viewer viewer,
      SiteContext site,
      Feedback feedback,
      HttpServletRequest request) {
    this.missions = missions;
    this.manage = manage;
    this.partners = partners;
    this.sectors = sectors;
    this.viewer = viewer;
    this.site = site;
    this.feedback = feedback;
    this.request = request;
  }

  /** On the first request, fills the form from the stored mission; an unknown one is a 404. */
  public void prepare() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback() || !isEditing()) {
      return;
    }
    try {
      fill(missions.show(viewer.actor(), missionId()));
    } catch (IllegalArgumentException | NullPointerException | MissionNotFoundException e) {
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
    }
  }

  public boolean isEditing() {
    return request.getParameter("id") != null;
  }

  private MissionId missionId() {
    return MissionId.parse(request.getParameter("id"));
  }

  private void fill(MissionView view) {
    MissionPlan plan = view.mission().plan();
    version = view.version();
    plan.texts()
        .values()
        .forEach(
            (language, text) -> {
              titles.put(language.code(), text.title());
              descriptions.put(language.code(), text.description());
            });
    kind = plan.kind().code();
    country = plan.destinationCountry().alpha2();
    city = plan.destinationCity();
    start = plan.dates().start().toString();
    end = plan.dates().end().toString();
    deadline = plan.dates().applicationDeadline().toString();
    organiserKind = plan.organiser().kind().code();
    organiserName = plan.organiser().name();
    organiserPartner = plan.organiser().partner().map(PartnerId::toString).orElse("");
    sectorCodes = plan.targetSectors().stream().map(SectorCode::value).collect(Collectors.toList());
    capacity = Integer.toString(plan.capacity());
  }

  public void save() {
    Optional<MissionPlan> plan = plan();
    if (plan.isEmpty()) {
      feedback.error("missionEdit.error.summary");
      return;
    }
    try {
      Mission saved =
          isEditing()
              ? manage.revise(
                  viewer.actor(), missionId(), version, plan.get(), request.getRemoteAddr())
              : manage.create(viewer.actor(), plan.get(), request.getRemoteAddr());
      version = saved.version();
      savedId = saved.id().toString();
      feedback.notice(isEditing() ? "missionEdit.saved" : "missionEdit.created");
    } catch (ConcurrentUpdateException e) {
      stale = true;
      feedback.error("missionEdit.error.stale");
    } catch (MissionFullException e) {
      errors.put("capacity", "missionEdit.error.capacityBelowSelected");
      feedback.error("missionEdit.error.summary");
    } catch (IllegalMissionTransitionException e) {
      feedback.error("missionEdit.error.final");
    } catch (MissionNotFoundException | AccessDeniedException e) {
      feedback.error("missionEdit.error.gone");
    } catch (IllegalArgumentException e) {
      // The form checks every field first; this is only what it cannot know in advance.
      feedback.error("missionEdit.error.summary");
    }
  }

  // ---------------------------------------------------------------- reading the form

  private Optional<MissionPlan> plan() {
    Map<Language, MissionText> texts = new EnumMap<>(Language.class);
    for (String code : LANGUAGES) {
      String title = titles.getOrDefault(code, "");
      String description = descriptions.getOrDefault(code, "");
      if (title.isBlank() && description.isBlank()) {
        continue;
      }
      try {
        texts.put(Language.fromTag(code).orElseThrow(), new MissionText(title, description));
      } catch (IllegalArgumentException e) {
        errors.put(
            "title-" + code,
            title.strip().length() < 3 || title.strip().length() > MissionText.MAX_TITLE
                ? "missionEdit.error.title"
                : "missionEdit.error.description");
      }
    }
    if (texts.isEmpty() && errors.keySet().stream().noneMatch(k -> k.startsWith("title-"))) {
      errors.put("title-de", "missionEdit.error.noTitle");
    }
    Optional<MissionKind> k = MissionKind.fromCode(kind);
    if (k.isEmpty()) {
      errors.put("kind", "missionEdit.error.kind");
    }
    Optional<CountryCode> c = Optional.empty();
    try {
      c = Optional.of(CountryCode.of(country == null ? "" : country));
    } catch (IllegalArgumentException e) {
      errors.put("country", "missionEdit.error.country");
    }
    String cityText = "";
    try {
      cityText = CooperationTexts.singleLine(city == null ? "" : city, "city", 1, 120);
    } catch (IllegalArgumentException e) {
      errors.put("city", "missionEdit.error.city");
    }
    Optional<LocalDate> s = date("start", start);
    Optional<LocalDate> e = date("end", end);
    Optional<LocalDate> d = date("deadline", deadline);
    if (s.isPresent() && e.isPresent() && e.get().isBefore(s.get())) {
      errors.put("end", "missionEdit.error.endBeforeStart");
    }
    if (s.isPresent() && d.isPresent() && !d.get().isBefore(s.get())) {
      errors.put("deadline", "missionEdit.error.deadlineAfterStart");
    }
    Optional<Organiser> organiser = organiser();
    Set<SectorCode> targets = new LinkedHashSet<>();
    Set<String> known =
        sectors.listSectors().stream().map(x -> x.code().value()).collect(Collectors.toSet());
    for (String code : sectorCodes == null ? List.<String>of() : sectorCodes) {
      if (known.contains(code)) {
        targets.add(new SectorCode(code));
      } else {
        errors.put("sectors", "missionEdit.error.sectors");
      }
    }
    if (targets.size() > MissionPlan.MAX_SECTORS) {
      errors.put("sectors", "missionEdit.error.sectors");
    }
    int places = 0;
    try {
      places = Integer.parseInt(capacity == null ? "" : capacity.strip());
    } catch (NumberFormatException ignored) {
      // Named below with the range.
    }
    if (places < 1 || places > MissionPlan.MAX_CAPACITY) {
      errors.put("capacity", "missionEdit.error.capacity");
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new MissionPlan(
            new MissionTexts(texts),
            k.get(),
            c.get(),
            cityText,
            new MissionDates(s.get(), e.get(), d.get()),
            organiser.get(),
            targets,
            places));
  }

  private Optional<Organiser> organiser() {
    Optional<OrganiserKind> ok = OrganiserKind.fromCode(organiserKind);
    if (ok.isEmpty()) {
      errors.put("organiser-kind", "missionEdit.error.organiserKind");
      return Optional.empty();
    }
    String name;
    try {
      name = CooperationTexts.singleLine(organiserName == null ? "" : organiserName, "o", 2, 160);
    } catch (IllegalArgumentException e) {
      errors.put("organiser-name", "missionEdit.error.organiserName");
      return Optional.empty();
    }
    if (ok.get() != OrganiserKind.PARTNER) {
      return Optional.of(new Organiser(ok.get(), name, Optional.empty()));
    }
    Optional<PartnerId> partner =
        getPartners().stream()
            .filter(p -> p.value().equals(organiserPartner))
            .findFirst()
            .map(p -> PartnerId.parse(p.value()));
    if (partner.isEmpty()) {
      errors.put("organiser-partner", "missionEdit.error.organiserPartner");
      return Optional.empty();
    }
    return Optional.of(new Organiser(OrganiserKind.PARTNER, name, partner));
  }

  private Optional<LocalDate> date(String field, String value) {
    try {
      return Optional.of(LocalDate.parse(value == null ? "" : value.strip()));
    } catch (DateTimeParseException e) {
      errors.put(field, "missionEdit.error.date");
      return Optional.empty();
    }
  }

  // ---------------------------------------------------------------- the page

  public String error(String field) {
    String key = errors.get(field);
    return key == null ? "" : Texts.in(site.language()).text(key);
  }

  public String invalid(String field) {
    return Boolean.toString(errors.containsKey(field));
  }

  public boolean isStale() {
    return stale;
  }

  /** The staff page of the mission just saved (or being edited), to select applicants. */
  public String getMissionHref() {
    String id = !savedId.isEmpty() ? savedId : isEditing() ? request.getParameter("id") : "";
    return id.isEmpty() ? "" : site.memberHref("staffMission", id);
  }

  public String getReloadHref() {
    return site.pageHref("missionEdit") + "?id=" + request.getParameter("id");
  }

  public List<String> getKinds() {
    return Arrays.stream(MissionKind.values()).map(MissionKind::code).toList();
  }

  public List<String> getOrganiserKinds() {
    return Arrays.stream(OrganiserKind.values()).map(OrganiserKind::code).toList();
  }

  /** The partners a mission may be organised by (archived ones too: old missions name them). */
  public List<FormChoices> getPartners() {
    try {
      return partners.everyPartner(viewer.actor()).stream()
          .map(p -> new FormChoices(p.id().toString(), p.details().name()))
          .toList();
    } catch (AccessDeniedException e) {
      return List.of();
    }
  }

  public List<FormChoices> getCountries() {
    return FormChoices.countries(site.language());
  }

  public List<FormChoices> getSectors() {
    return FormChoices.sectors(sectors.listSectors(), site.language());
  }

  // ---------------------------------------------------------------- fields

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public Map<String, String> getTitles() {
    return titles;
  }

  public Map<String, String> getDescriptions() {
    return descriptions;
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

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public String getEnd() {
    return end;
  }

  public void setEnd(String end) {
    this.end = end;
  }

  public String getDeadline() {
    return deadline;
  }

  public void setDeadline(String deadline) {
    this.deadline = deadline;
  }

  public String getOrganiserKind() {
    return organiserKind;
  }

  public void setOrganiserKind(String organiserKind) {
    this.organiserKind = organiserKind;
  }

  public String getOrganiserName() {
    return organiserName;
  }

  public void setOrganiserName(String organiserName) {
    this.organiserName = organiserName;
  }

  public String getOrganiserPartner() {
    return organiserPartner;
  }

  public void setOrganiserPartner(String organiserPartner) {
    this.organiserPartner = organiserPartner;
  }

  public List<String> getSectorCodes() {
    return sectorCodes;
  }

  public void setSectorCodes(List<String> sectorCodes) {
    this.sectorCodes = sectorCodes;
  }

  public String getCapacity() {
    return capacity;
  }

  public void setCapacity(String capacity) {
    this.capacity = capacity;
  }
}
