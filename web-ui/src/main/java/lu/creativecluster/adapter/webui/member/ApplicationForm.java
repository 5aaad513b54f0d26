package lu.creativecluster.adapter.webui.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lu.creativecluster.adapter.webui.account.Viewer;
import lu.creativecluster.adapter.webui.site.Feedback;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.adapter.webui.site.Texts;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.member.ApplyForMembershipCommand;
import lu.creativecluster.application.port.in.member.ApplyForMembershipUseCase;
import lu.creativecluster.application.port.in.sector.ListSectorsUseCase;
import lu.creativecluster.domain.sector.Sector;

/**
 * Backing bean: the public membership application ({@code /{lang}/members/apply}). Every field that
 * does not read gets its error beside it, in the page's language, and keeps what was typed; an
 * accepted application shows a confirmation instead of the form. The form is protected like the
 * other public forms: the view state is its CSRF token, and its posts are rate-limited per client.
 */
@Named("applyForm")
@RequestScoped
public class ApplicationForm {

  private final ApplyForMembershipUseCase apply;
  private final ListSectorsUseCase sectors;
  private final Viewer viewer;
  private final SiteContext site;
  private final Feedback feedback;
  private final HttpServletRequest request;
  private final Clock clock;
  private final ProfileFields fields = new ProfileFields();
  private String submittedTo = "";

  /** For CDI's client proxy only. */
  protected ApplicationForm() {
    this(null, null, null, null, null, null, null);
  }

  @Inject
  public ApplicationForm(
      ApplyForMembershipUseCase apply,
      ListSectorsUseCase sectors,
      Viewer viewer,
      SiteContext site,
      Feedback feedback,
      HttpServletRequest request,
      Clock clock) {
    this.apply = apply;
    this.sectors = sectors;
    this.viewer = viewer;
    this.site = site;
    this.feedback = feedback;
    this.request = request;
    this.clock = clock;
  }

  public void submit() {
    Optional<ProfileFields.Read> read = fields.read(sectorCodes(), Year.now(clock));
    if (read.isEmpty()) {
      feedback.error("memberForm.error.summary");
      return;
    }
    ProfileFields.Read r = read.get();
    try {
      apply.apply(
          new ApplyForMembershipCommand(
              viewer.actor(),
              r.profile(),
              r.email(),
              r.phone(),
              r.showEmail(),
              r.showPhone(),
              r.privateDetails(),
              site.language(),
              request.getRemoteAddr()));
    } catch (AccessDeniedException e) {
      feedback.error("memberApply.error.denied");
      return;
    } catch (IllegalArgumentException e) {
      // The domain refused the whole (a founding year after today in the server's zone, say).
      feedback.error("memberForm.error.summary");
      return;
    }
    submittedTo = r.email().value();
  }

  private Set<String> sectorCodes() {
    return sectors.listSectors().stream()
        .map(s -> s.code().value())
        .collect(Collectors.toUnmodifiableSet());
  }

  public ProfileFields getFields() {
    return fields;
  }

  /** Whether the application was accepted in this request (the page then thanks instead). */
  public boolean isSubmitted() {
    return !submittedTo.isEmpty();
  }

  /** The address the confirmation names. */
  public String getSubmittedTo() {
    return submittedTo;
  }

  /** The error beside a field, in the page's language; empty when the field is fine. */
  public String error(String field) {
    String key = fields.errors().get(field);
    return key == null ? "" : Texts.in(site.language()).text(key);
  }

  /** For {@code aria-invalid}. */
  public String invalid(String field) {
    return Boolean.toString(fields.errors().containsKey(field));
  }

  public List<FormChoices> getSectors() {
    List<Sector> all = sectors.listSectors();
    return FormChoices.sectors(all, site.language());
  }

  public List<FormChoices> getCountries() {
    return FormChoices.countries(site.language());
  }

  public List<String> getKinds() {
    return FormChoices.kinds();
  }

  public List<FormChoices> getTeamSizes() {
    return FormChoices.teamSizes();
  }

  /** The languages a profile text can be written in, the page's own first. */
  public List<String> getTextLanguages() {
    String own = site.getLang();
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(own),
            java.util.Arrays.stream(lu.creativecluster.domain.shared.Language.values())
                .map(l -> l.code())
                .filter(c -> !c.equals(own)))
        .toList();
  }
}
