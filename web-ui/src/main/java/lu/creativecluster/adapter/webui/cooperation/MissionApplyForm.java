package lu.creativecluster.adapter.webui.cooperation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import lu.creativecluster.adapter.webui.account.Viewer;
import lu.creativecluster.adapter.webui.site.Feedback;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.adapter.webui.site.Texts;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.member.MemberMovedException;
import lu.creativecluster.application.port.in.member.MemberNotFoundException;
import lu.creativecluster.application.port.in.member.MemberView;
import lu.creativecluster.application.port.in.member.ShowMemberProfileUseCase;
import lu.creativecluster.application.port.in.mission.ApplyForMissionCommand;
import lu.creativecluster.application.port.in.mission.ApplyForMissionUseCase;
import lu.creativecluster.application.port.in.mission.MissionNotFoundException;
import lu.creativecluster.domain.member.Slug;
import lu.creativecluster.domain.mission.ApplicationDeadlinePassedException;
import lu.creativecluster.domain.mission.MissionApplication;
import lu.creativecluster.domain.mission.MissionFullException;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.mission.MissionNotOpenException;
import lu.creativecluster.domain.mission.SecondApplicationException;

/**
 * Backing bean: a signed-in member applies to the mission of the page, for the member record its
 * account manages (named by the profile's address, which the service checks is the applicant's
 * own), with a motivation and its choice to be listed publicly. Refusals (second application,
 * deadline passed, mission not open) are messages in the page's language; the input stays in the
 * form.
 */
@Named("missionApply")
@RequestScoped
public class MissionApplyForm {

  static final int MIN_MOTIVATION = 10;

  private final ApplyForMissionUseCase apply;
  private final ShowMemberProfileUseCase members;
  private final Viewer viewer;
  private final SiteContext site;
  private final Feedback feedback;
  private final Map<String, String> errors = new LinkedHashMap<>();
  private String member = "";
  private String motivation = "";
  private boolean listed = true;

  /** For CDI's client proxy only. */
  protected MissionApplyForm() {
    this(null, null, null, null, null);
  }

  @Inject
  public MissionApplyForm(
      ApplyForMissionUseCase apply,
      ShowMemberProfileUseCase members,
      Viewer viewer,
      SiteContext site,
      Feedback feedback) {
    this.apply = apply;
    this.members = members;
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
    MemberView owned = ownMember();
    if (!errors.isEmpty()) {
      feedback.error("missionApply.error.summary");
      return;
    }
    try {
      apply.apply(
          new ApplyForMissionCommand(
              viewer.actor(),
              MissionId.parse(site.getMember()),
              owned.full().orElseThrow().id(),
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

  /** The member record named in the form, if the signed-in person manages it (staff: any). */
  private MemberView ownMember() {
    try {
      MemberView view =
          members.show(viewer.actor(), new Slug(member == null ? "" : member.strip()));
      if (view.full().isPresent()) {
        return view;
      }
    } catch (IllegalArgumentException | MemberNotFoundException | MemberMovedException e) {
      // Answered below, beside the field.
    }
    errors.put("member", "missionApply.error.member");
    return null;
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
