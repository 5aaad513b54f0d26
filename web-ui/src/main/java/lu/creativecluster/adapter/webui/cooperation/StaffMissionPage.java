package lu.creativecluster.adapter.webui.cooperation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import lu.creativecluster.adapter.webui.account.Viewer;
import lu.creativecluster.adapter.webui.site.Feedback;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.adapter.webui.site.Texts;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.mission.ApplicationView;
import lu.creativecluster.application.port.in.mission.InvitationSuggestion;
import lu.creativecluster.application.port.in.mission.ListMissionsUseCase;
import lu.creativecluster.application.port.in.mission.ManageMissionsUseCase;
import lu.creativecluster.application.port.in.mission.MissionNotFoundException;
import lu.creativecluster.application.port.in.mission.MissionStatusChange;
import lu.creativecluster.application.port.in.mission.MissionView;
import lu.creativecluster.application.port.in.mission.SelectParticipantsUseCase;
import lu.creativecluster.application.port.in.mission.SelectionDecision;
import lu.creativecluster.application.port.in.mission.SuggestInvitationsUseCase;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.mission.ApplicationDeadlinePassedException;
import lu.creativecluster.domain.mission.IllegalApplicationTransitionException;
import lu.creativecluster.domain.mission.IllegalMissionTransitionException;
import lu.creativecluster.domain.mission.MissionFullException;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.mission.MissionStatus;

/**
 * Backing bean of staff's page for one mission ({@code /{lang}/staff/missions/{id}}): the
 * applications with their motivations, to select (up to the capacity), wait-list or decline, each
 * decision mailing the applicant; the mission's status with the changes it allows (open, close,
 * complete, cancel); and the members worth inviting, each with why.
 */
@Named("staffMission")
@RequestScoped
public class StaffMissionPage {

  static final int SUGGESTIONS = 20;

  private final ListMissionsUseCase missions;
  private final SelectParticipantsUseCase select;
  private final ManageMissionsUseCase manage;
  private final SuggestInvitationsUseCase suggest;
  private final Viewer viewer;
  private final SiteContext site;
  private final Feedback feedback;
  private final HttpServletRequest request;
  private MissionView mission;

  /** For CDI's client proxy only. */
  protected StaffMissionPage() {
    this(null, null, null, null, null, null, null, null);
  }

  @Inject
  public StaffMissionPage(
      ListMissionsUseCase missions,
      SelectParticipantsUseCase select,
      ManageMissionsUseCase manage,
      SuggestInvitationsUseCase suggest,
      Viewer viewer,
      SiteContext site,
      Feedback feedback,
      HttpServletRequest request) {
    this.missions = missions;
    this.select = select;
    this.manage = manage;
    this.suggest = suggest;
    this.viewer = viewer;
    this.site = site;
    this.feedback = feedback;
    this.request = request;
  }

  /** Loads the mission before the page renders (after any decision), or answers 404. */
  public void prepare() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    try {
      mission = missions.show(viewer.actor(), missionId());
    } catch (IllegalArgumentException | NullPointerException | MissionNotFoundException e) {
      external.responseSendError(404, null);
      faces.responseComplete();
    }
  }

  private MissionId missionId() {
    return MissionId.parse(site.getMember());
  }

  /**
   * Whether there is a mission to show. A postback asks this before preRenderView, while Faces
   * decodes the forms inside it: the mission is loaded here then, or the forms would be skipped as
   * not rendered and no decision run.
   */
  public boolean isLoaded() {
    if (mission == null) {
      try {
        mission = missions.show(viewer.actor(), missionId());
      } catch (IllegalArgumentException | NullPointerException | MissionNotFoundException e) {
        // prepare answers 404 for the page itself.
      }
    }
    return mission != null;
  }

  public String getTitle() {
    return mission == null ? "" : mission.mission().plan().texts().in(site.language()).title();
  }

  public String getPlaces() {
    return mission == null
        ? ""
        : Texts.in(site.language())
            .text(
                "staffMission.places",
                mission.mission().plan().capacity(),
                mission.mission().placesLeft());
  }

  /** An application as a row of the page. */
  public record ApplicationRow(
      String memberId, String name, String motivation, String statusKey, boolean listed) {}

  public List<ApplicationRow> getApplications() {
    if (mission == null) {
      return List.of();
    }
    return mission.applications().stream().map(StaffMissionPage::row).toList();
  }

  private static ApplicationRow row(ApplicationView a) {
    return new ApplicationRow(
        a.application().member().toString(),
        a.displayName(),
        a.application().motivation(),
        "staffMission.status." + a.application().status().code(),
        a.application().listedPublicly());
  }

  /** A member worth inviting, with the reasons in the page's language. */
  public record SuggestionRow(String name, String href, int score, String reasons) {}

  public List<SuggestionRow> getSuggestions() {
    if (mission == null) {
      return List.of();
    }
    Texts texts = Texts.in(site.language());
    List<InvitationSuggestion> found =
        suggest.suggestions(viewer.actor(), mission.mission().id(), SUGGESTIONS);
    return found.stream()
        .map(
            s ->
                new SuggestionRow(
                    s.member().displayName(),
                    site.memberHref("memberProfile", s.member().slug().toString()),
                    s.score(),
                    s.reasons().stream()
                        .map(r -> texts.text("invitation.reason." + r.code()))
                        .collect(Collectors.joining(", "))))
        .toList();
  }

  public void select(String member) {
    decide(member, SelectionDecision.SELECT);
  }

  public void waitlist(String member) {
    decide(member, SelectionDecision.WAITLIST);
  }

  public void decline(String member) {
    decide(member, SelectionDecision.DECLINE);
  }

  private void decide(String member, SelectionDecision decision) {
    try {
      select.decide(
          viewer.actor(), missionId(), MemberId.parse(member), decision, request.getRemoteAddr());
      feedback.notice("staffMission.decided");
    } catch (MissionFullException e) {
      feedback.error("staffMission.error.full");
    } catch (IllegalApplicationTransitionException | IllegalMissionTransitionException e) {
      feedback.error("staffMission.error.transition");
    } catch (AccessDeniedException | MissionNotFoundException | IllegalArgumentException e) {
      feedback.error("staffMission.error.transition");
    }
  }

  public String getStatusKey() {
    return mission == null ? "" : "mission.status." + mission.mission().status().code();
  }

  /** Whether the mission's status allows this change now ({@code open}, {@code close}, ...). */
  public boolean may(String change) {
    return mission != null && mission.mission().status().canBecome(target(parse(change)));
  }

  public void changeStatus(String change) {
    try {
      manage.changeStatus(viewer.actor(), missionId(), parse(change), request.getRemoteAddr());
      feedback.notice("staffMission.statusChanged");
    } catch (ApplicationDeadlinePassedException e) {
      feedback.error("staffMission.error.deadline");
    } catch (IllegalMissionTransitionException e) {
      // Completing before the last day, or a change another person made first.
      feedback.error("staffMission.error.statusChange");
    } catch (AccessDeniedException | MissionNotFoundException | IllegalArgumentException e) {
      feedback.error("staffMission.error.statusChange");
    }
  }

  private static MissionStatusChange parse(String change) {
    return MissionStatusChange.valueOf(change.toUpperCase(Locale.ROOT));
  }

  private static MissionStatus target(MissionStatusChange change) {
    return switch (change) {
      case OPEN -> MissionStatus.OPEN;
      case CLOSE -> MissionStatus.CLOSED;
      case COMPLETE -> MissionStatus.COMPLETED;
      case CANCEL -> MissionStatus.CANCELLED;
    };
  }
}
