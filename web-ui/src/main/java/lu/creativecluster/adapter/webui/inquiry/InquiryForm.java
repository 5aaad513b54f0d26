package lu.creativecluster.adapter.webui.inquiry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lu.creativecluster.adapter.webui.member.FormChoices;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.adapter.webui.site.Texts;
import lu.creativecluster.application.port.in.inquiry.SubmitInquiryCommand;
import lu.creativecluster.application.port.in.inquiry.SubmitInquiryUseCase;
import lu.creativecluster.application.port.in.inquiry.SubmittedInquiry;
import lu.creativecluster.application.port.in.sector.ListSectorsUseCase;
import lu.creativecluster.domain.inquiry.Asker;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryKind;
import lu.creativecluster.domain.inquiry.InquiryTopic;
import lu.creativecluster.domain.inquiry.InvalidInquiryException;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/**
 * Backing bean: the public inquiry form ({@code /{lang}/inquiries/new}). Every field that does not
 * read gets its error beside it, in the page's language, and keeps what was typed; an accepted
 * inquiry shows a confirmation with the private tracking link instead of the form. Protected like
 * the other public forms: the view state is its CSRF token, its posts are rate-limited per client,
 * and a filled honeypot field is refused.
 */
@Named("inquiryForm")
@RequestScoped
public class InquiryForm {

  private final SubmitInquiryUseCase submit;
  private final ListSectorsUseCase sectors;
  private final SiteContext site;
  private final Map<String, String> errors = new LinkedHashMap<>();
  private String kind = "question";
  private String topic = "";
  private String sector = "";
  private String message = "";
  private String name = "";
  private String email = "";
  private String organisation = "";
  private String language = "";
  private boolean consent;
  private String website = "";
  private SubmittedInquiry submitted;

  /** For CDI's client proxy only. */
  protected InquiryForm() {
    this(null, null, null);
  }

  @Inject
  public InquiryForm(SubmitInquiryUseCase submit, ListSectorsUseCase sectors, SiteContext site) {
    this.submit = submit;
    this.sectors = sectors;
    this.site = site;
  }

  public void send() {
    errors.clear();
    Optional<SubmitInquiryCommand> command = read(sectorCodes());
    if (command.isEmpty()) {
      return;
    }
    try {
      submitted = submit.submit(command.get());
    } catch (InvalidInquiryException refused) {
      errors.put(refused.field(), "inquiryForm.error." + refused.field());
    }
  }

  /** Reads every field, so each error shows at once; empty when any field is wrong. */
  Optional<SubmitInquiryCommand> read(Set<String> knownSectors) {
    Optional<InquiryKind> k = InquiryKind.fromCode(kind);
    if (k.isEmpty()) {
      errors.put("kind", "inquiryForm.error.kind");
    }
    Optional<InquiryTopic> t = InquiryTopic.fromCode(topic);
    if (t.isEmpty()) {
      errors.put("topic", "inquiryForm.error.topic");
    }
    Optional<SectorCode> s = Optional.empty();
    if (!blank(sector)) {
      if (knownSectors.contains(sector)) {
        s = Optional.of(new SectorCode(sector));
      } else {
        errors.put("sector", "inquiryForm.error.sector");
      }
    }
    text("message", message, Inquiry.MAX_MESSAGE, true);
    text("name", name, Asker.MAX_NAME, true);
    text("organisation", organisation, Asker.MAX_ORGANISATION, false);
    Email address = null;
    try {
      address = new Email(value(email));
    } catch (RuntimeException invalid) {
      errors.put("email", "inquiryForm.error.email");
    }
    Language lang = Language.fromTag(blank(language) ? site.getLang() : language).orElse(null);
    if (lang == null) {
      errors.put("language", "inquiryForm.error.language");
    }
    if (!consent) {
      errors.put("consent", "inquiryForm.error.consent");
    }
    if (!blank(website)) {
      errors.put("website", "inquiryForm.error.website");
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new SubmitInquiryCommand(
            k.get(), t.get(), s, message, name, address, organisation, lang, consent));
  }

  private void text(String field, String value, int max, boolean required) {
    String v = value(value).strip();
    if (required && v.isEmpty()) {
      errors.put(field, "inquiryForm.error." + field + ".required");
    } else if (v.length() > max) {
      errors.put(field, "inquiryForm.error." + field);
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String value(String value) {
    return value == null ? "" : value;
  }

  private Set<String> sectorCodes() {
    return sectors.listSectors().stream()
        .map(x -> x.code().value())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The error beside a field, in the page's language; empty when the field is fine. */
  public String error(String field) {
    String key = errors.get(field);
    return key == null ? "" : Texts.in(site.language()).text(key);
  }

  /** For {@code aria-invalid}. */
  public String invalid(String field) {
    return Boolean.toString(errors.containsKey(field));
  }

  public boolean isFailed() {
    return !errors.isEmpty();
  }

  Map<String, String> errors() {
    return errors;
  }

  public boolean isSubmitted() {
    return submitted != null;
  }

  /** The asker's private tracking page, shown once after sending (and in the mail). */
  public String getTrackingHref() {
    return submitted == null
        ? ""
        : site.pageHref("inquiryTrack") + "?token=" + submitted.trackingToken();
  }

  public String getDueDate() {
    // In the page's language ("7. Dezember 2026"), as on the tracking page.
    return submitted == null ? "" : InquiryLabels.date(submitted.dueDate(), site.language());
  }

  public List<String> getKinds() {
    return Arrays.stream(InquiryKind.values()).map(InquiryKind::code).toList();
  }

  public List<String> getTopics() {
    return Arrays.stream(InquiryTopic.values()).map(InquiryTopic::code).toList();
  }

  public List<FormChoices> getSectors() {
    return FormChoices.sectors(sectors.listSectors(), site.language());
  }

  public List<String> getLanguages() {
    return Arrays.stream(Language.values()).map(Language::code).toList();
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getSector() {
    return sector;
  }

  public void setSector(String sector) {
    this.sector = sector;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getLanguage() {
    return blank(language) ? site.getLang() : language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public boolean isConsent() {
    return consent;
  }

  public void setConsent(boolean consent) {
    this.consent = consent;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
