package lu.creativecluster.adapter.webui.cooperation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lu.creativecluster.adapter.webui.account.Viewer;
import lu.creativecluster.adapter.webui.site.Feedback;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.adapter.webui.site.Texts;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.member.ListOwnMembersUseCase;
import lu.creativecluster.application.port.in.member.MemberMovedException;
import lu.creativecluster.application.port.in.member.MemberNotFoundException;
import lu.creativecluster.application.port.in.member.MemberSummary;
import lu.creativecluster.application.port.in.member.MemberView;
import lu.creativecluster.application.port.in.member.ShowMemberProfileUseCase;
import lu.creativecluster.application.port.in.mission.ApplyForMissionCommand;
import lu.creativecluster.application.port.in.mission.ApplyForMissionUseCase;
import lu.creativecluster.application.port.in.mission.MissionNotFoundException;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.member.Slug;
import lu.creativecluster.domain.mission.ApplicationDeadlinePassedException;
import lu.creativecluster.domain.mission.MissionApplication;
import lu.creativecluster.domain.mission.MissionFullException;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.mission.MissionNotOpenException;
import lu.creativecluster.domain.mission.SecondApplicationException;

/**
 * Backing bean: a signed-in member applies to the mission of the page for the member record its
 * account manages, with a motivation and its choice to be listed publicly. A member just presses
 * "apply": the record is found through the account (a choice appears only for the rare account that
 * manages several); staff may name any member by its profile's address. The service checks the
 * applicant's right again. Refusals (second application, deadline passed, mission not open) are
 * messages in the page's language; the input stays in the form.
 */
@Named("missionApply")
@RequestScoped
public class MissionApplyForm {

  static final int MIN_MOTIVATION = 10;

  private final ApplyForMissionUseCase apply;
  private final ShowMemberProfileUseCase members;
  private final ListOwnMembersUseCase ownMembers;
  private final Viewer viewer;
  private final SiteContext site;
  private final Feedback feedback;
  private final Map<String, String> errors = new LinkedHashMap<>();
  private String member = "";
  private String motivation = "";
  private boolean listed = true;
  private List<MemberChoice> own;

  /** For CDI's client proxy only. */
  protected MissionApplyForm() {
    this(null, null, null, null, null, null);
  }

  @Inject
  public MissionApplyForm(
      ApplyForMissionUseCase apply,
      ShowMemberProfileUseCase members,
      ListOwnMembersUseCase ownMembers,
      Viewer viewer,
      SiteContext site,
      Feedback feedback) {
    this.apply = apply;
    this.members = members;
    this.ownMembers = ownMembers;
    this.viewer = viewer;
    this.site = site;
    this.feedback = feedback;
  }

  public void submit() {
    errors.clear();
    String text = motivation == null ? "" : motivation.strip();
    if (text.length() < MIN_MOTIVATION || text.length() > MissionApplication.MAX_MOTIVATION) {
      errors.put("motivation", "missionApply.error.motivation");
    }
    Optional<MemberId> applicant = applicant();
    if (applicant.isEmpty()) {
      errors.put("member", "missionApply.error.member");
    }
    if (!errors.isEmpty()) {
      feedback.error("missionApply.error.summary");
      return;
    }
    try {
      apply.apply(
          new ApplyForMissionCommand(
              viewer.actor(),
              MissionId.parse(site.getMember()),
              applicant.orElseThrow(),
              text,
              site.language(),
              listed));
    } catch (SecondApplicationException e) {
      feedback.error("missionApply.error.second");
      return;
    } catch (ApplicationDeadlinePassedException e) {
      feedback.error("missionApply.error.deadline");
      return;
    } catch (MissionNotOpenException | MissionNotFoundException e) {
      feedback.error("missionApply.error.notOpen");
      return;
    } catch (MissionFullException e) {
      feedback.error("missionApply.error.full");
      return;
    } catch (AccessDeniedException e) {
      errors.put("member", "missionApply.error.member");
      feedback.error("missionApply.error.summary");
      return;
    } catch (IllegalArgumentException e) {
      // The domain refused the motivation as a whole (control characters, say).
      errors.put("motivation", "missionApply.error.motivation");
      feedback.error("missionApply.error.summary");
      return;
    }
    feedback.notice("missionApply.done");
    motivation = "";
  }

  /**
   * The member applying: the one chosen (or the only one) among the viewer's own records; for staff
   * who typed an address, that member.
   */
  private Optional<MemberId> applicant() {
    String chosen = member == null ? "" : member.strip();
    if (viewer.isStaff() && !chosen.isEmpty()) {
      return typed(chosen);
    }
    List<MemberChoice> choices = getOwnMembers();
    if (chosen.isEmpty() && choices.size() == 1) {
      return Optional.of(choices.get(0).id());
    }
    return choices.stream().filter(c -> c.slug().equals(chosen)).map(MemberChoice::id).findFirst();
  }

  /** A member named by its profile's address (staff only); the service checks the right again. */
  private Optional<MemberId> typed(String slug) {
    try {
      MemberView view = members.show(viewer.actor(), new Slug(slug));
      return view.full().map(m -> m.id());
    } catch (IllegalArgumentException | MemberNotFoundException | MemberMovedException e) {
      return Optional.empty();
    }
  }

  /** The active member records the signed-in account manages, by name. */
  public List<MemberChoice> getOwnMembers() {
    if (own == null) {
      own =
          ownMembers.ownedBy(viewer.actor()).stream()
              .filter(m -> m.status() == MemberStatus.ACTIVE)
              .map(MemberChoice::of)
              .toList();
    }
    return own;
  }

  /** Staff name a member by address; a member's own record is found through the account. */
  public boolean isTypesMember() {
    return viewer.isStaff();
  }

  /** Whether the viewer can apply at all: staff, or a person managing an active member. */
  public boolean isMayApply() {
    return viewer.isStaff() || !getOwnMembers().isEmpty();
  }

  /** The name the member applies under, when the account manages exactly one member. */
  public String getOnlyMemberName() {
    List<MemberChoice> choices = getOwnMembers();
    return choices.size() == 1 ? choices.get(0).name() : "";
  }

  /** View model: one of the viewer's own member records. */
  public record MemberChoice(MemberId id, String slug, String name) {
    static MemberChoice of(MemberSummary m) {
      return new MemberChoice(m.id(), m.slug().toString(), m.displayName());
    }
  }

  public String error(String field) {
    String key = errors.get(field);
    return key == null ? "" : Texts.in(site.language()).text(key);
  }

  public String invalid(String field) {
    return Boolean.toString(errors.containsKey(field));
  }

  public String getMember() {
    return member;
  }

  public void setMember(String member) {
    this.member = member;
  }

  public String getMotivation() {
    return motivation;
  }

  public void setMotivation(String motivation) {
    this.motivation = motivation;
  }

  public boolean isListed() {
    return listed;
  }

  public void setListed(boolean listed) {
    this.listed = listed;
  }
}
