package lu.creativecluster.adapter.webui.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
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
import lu.creativecluster.application.port.in.member.MemberMovedException;
import lu.creativecluster.application.port.in.member.MemberNotFoundException;
import lu.creativecluster.application.port.in.member.MemberView;
import lu.creativecluster.application.port.in.member.ShowMemberProfileUseCase;
import lu.creativecluster.application.port.in.member.UpdateMemberProfileCommand;
import lu.creativecluster.application.port.in.member.UpdateMemberProfileUseCase;
import lu.creativecluster.application.port.in.sector.ListSectorsUseCase;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberProfile;
import lu.creativecluster.domain.member.MembershipEndedException;
import lu.creativecluster.domain.member.Slug;

/**
 * Backing bean: a member edits its own profile ({@code /{lang}/members/{slug}/edit}); staff may
 * edit any. The form carries the version it was filled from: if the profile changed meanwhile,
 * nothing is saved and the form says so, keeping what was typed. Portfolio and social links, which
 * this form does not show, and staff's internal notes are kept as stored.
 */
@Named("editForm")
@RequestScoped
public class ProfileEditForm {

  private final ShowMemberProfileUseCase show;
  private final UpdateMemberProfileUseCase update;
  private final ListSectorsUseCase sectors;
  private final Viewer viewer;
  private final SiteContext site;
  private final Feedback feedback;
  private final Clock clock;
  private ProfileFields fields = new ProfileFields();
  private long version = -1;
  private String name = "";
  private boolean stale;

  /** For CDI's client proxy only. */
  protected ProfileEditForm() {
    this(null, null, null, null, null, null, null);
  }

  @Inject
  public ProfileEditForm(
      ShowMemberProfileUseCase show,
      UpdateMemberProfileUseCase update,
      ListSectorsUseCase sectors,
      Viewer viewer,
      SiteContext site,
      Feedback feedback,
      Clock clock) {
    this.show = show;
    this.update = update;
    this.sectors = sectors;
    this.viewer = viewer;
    this.site = site;
    this.feedback = feedback;
    this.clock = clock;
  }

  /**
   * On the first request (preRenderView), fills the form from the stored member, or ends with 404
   * (no such member) or 403 (neither staff nor the member's own account). A postback keeps what was
   * typed.
   */
  public void prepare() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback() || version >= 0) {
      return;
    }
    Optional<Member> member = load(faces);
    if (member.isPresent()) {
      fields = ProfileFields.of(member.get());
      version = member.get().version();
      name = member.get().displayName();
    }
  }

  private Optional<Member> load(FacesContext faces) throws IOException {
    ExternalContext external = faces.getExternalContext();
    MemberView view;
    try {
      view = show.show(viewer.actor(), new Slug(site.getMember()));
    } catch (IllegalArgumentException | MemberNotFoundException | MemberMovedException e) {
      external.responseSendError(404, null);
      faces.responseComplete();
      return Optional.empty();
    }
    if (view.full().isEmpty()) {
      external.responseSendError(403, null);
      faces.responseComplete();
      return Optional.empty();
    }
    return view.full();
  }

  public void save() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    Optional<Member> stored = load(faces);
    if (stored.isEmpty()) {
      return;
    }
    Member member = stored.get();
    name = member.displayName();
    Optional<ProfileFields.Read> read = fields.read(sectorCodes(), Year.now(clock));
    if (read.isEmpty()) {
      feedback.error("memberForm.error.summary");
      return;
    }
    ProfileFields.Read r = read.get();
    MemberProfile profile =
        r.profile().toBuilder()
            .portfolio(member.profile().portfolio())
            .socialLinks(member.profile().socialLinks())
            .build();
    try {
      Member saved =
          update.update(
              new UpdateMemberProfileCommand(
                  viewer.actor(),
                  member.id(),
                  version,
                  profile,
                  Optional.of(r.email()),
                  r.phone(),
                  r.showEmail(),
                  r.showPhone(),
                  r.privateDetails().withInternalNotes(member.privateDetails().internalNotes())));
      version = saved.version();
      name = saved.displayName();
      feedback.notice("memberEdit.saved");
    } catch (ConcurrentUpdateException e) {
      stale = true;
      feedback.error("memberEdit.error.stale");
    } catch (AccessDeniedException e) {
      feedback.error("staffMembers.error.denied");
    } catch (MembershipEndedException | MemberNotFoundException e) {
      feedback.error("staffMembers.error.gone");
    } catch (IllegalArgumentException e) {
      feedback.error("memberForm.error.summary");
    }
  }

  private Set<String> sectorCodes() {
    return sectors.listSectors().stream()
        .map(s -> s.code().value())
        .collect(Collectors.toUnmodifiableSet());
  }

  public ProfileFields getFields() {
    return fields;
  }

  /** The version the form was filled from, sent back hidden. */
  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  /** The member's name as stored, for the heading. */
  public String getName() {
    return name;
  }

  /** Whether the last save was refused because the profile changed meanwhile. */
  public boolean isStale() {
    return stale;
  }

  public String error(String field) {
    String key = fields.errors().get(field);
    return key == null ? "" : Texts.in(site.language()).text(key);
  }

  public String invalid(String field) {
    return Boolean.toString(fields.errors().containsKey(field));
  }

  public List<FormChoices> getSectors() {
    return FormChoices.sectors(sectors.listSectors(), site.language());
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
}
