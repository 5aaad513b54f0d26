package lu.creativecluster.adapter.webui.cooperation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import lu.creativecluster.application.port.in.mission.RecordMissionOutcomeUseCase;
import lu.creativecluster.application.port.in.mission.SelectParticipantsUseCase;
import lu.creativecluster.application.port.in.mission.SelectionDecision;
import lu.creativecluster.application.port.in.mission.SuggestInvitationsUseCase;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.mission.ApplicationDeadlinePassedException;
import lu.creativecluster.domain.mission.ApplicationStatus;
import lu.creativecluster.domain.mission.IllegalApplicationTransitionException;
import lu.creativecluster.domain.mission.IllegalMissionTransitionException;
import lu.creativecluster.domain.mission.MissionFullException;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.mission.MissionStatus;
import lu.creativecluster.domain.mission.NoApplicationException;
import lu.creativecluster.domain.mission.ParticipantOutcome;

/**
 * Backing bean of staff's page for one mission ({@code /{lang}/staff/missions/{id}}): the
 * applications with their motivations, to select (up to the capacity), wait-list or decline, each
 * decision mailing the applicant; the mission's status with the changes it allows (open, close,
 * complete, cancel); the members worth inviting, each with why; and, once the mission is completed,
 * what each participant took home (contacts made, leads, follow-up).
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
  private final RecordMissionOutcomeUseCase outcomes;
  private final Map<String, String> outcomeErrors = new LinkedHashMap<>();
  private MissionView mission;
  private String outcomeMember = "";
  private String outcomeContacts = "";
  private String outcomeLeads = "";
  private String outcomeFollowUp = "";

  /** For CDI's client proxy only. */
  protected StaffMissionPage() {
    this(null, null, null, null, null, null, null, null, null);
  }

  @Inject
  public StaffMissionPage(
      ListMissionsUseCase missions,
      SelectParticipantsUseCase select,
      ManageMissionsUseCase manage,
      SuggestInvitationsUseCase suggest,
      RecordMissionOutcomeUseCase outcomes,
      Viewer viewer,
      SiteContext site,
      Feedback feedback,
      HttpServletRequest request) {
    this.missions = missions;
    this.select = select;
    this.manage = manage;
    this.suggest = suggest;
    this.outcomes = outcomes;
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

  /** An application as a row of the page, with the outcome staff recorded after the mission. */
  public record ApplicationRow(
      String memberId,
      String name,
      String motivation,
      String statusKey,
      boolean listed,
      String outcome) {}

  public List<ApplicationRow> getApplications() {
    if (mission == null) {
      return List.of();
    }
    return mission.applications().stream().map(this::row).toList();
  }

  private ApplicationRow row(ApplicationView a) {
    String outcome =
        a.application()
            .outcome()
            .map(
                o ->
                    Texts.in(site.language())
                            .text("staffMission.outcome.line", o.contactsMade(), o.leads())
                        + (o.followUp().isBlank() ? "" : " · " + o.followUp()))
            .orElse("");
    return new ApplicationRow(
        a.application().member().toString(),
        a.displayName(),
        a.application().motivation(),
        "staffMission.status." + a.application().status().code(),
        a.application().listedPublicly(),
        outcome);
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

  // ---------------------------------------------------------------- outcomes after the mission

  /** Whether the mission is completed, so staff record what each participant took home. */
  public boolean isOutcomesOpen() {
    return mission != null && mission.mission().status() == MissionStatus.COMPLETED;
  }

  /** The participants (selected members) to record an outcome for, as id and name. */
  public List<lu.creativecluster.adapter.webui.member.FormChoices> getParticipants() {
    if (mission == null) {
      return List.of();
    }
    return mission.applications().stream()
        .filter(a -> a.application().status() == ApplicationStatus.SELECTED)
        .map(
            a ->
                new lu.creativecluster.adapter.webui.member.FormChoices(
                    a.application().member().toString(), a.displayName()))
        .toList();
  }

  public void recordOutcome() {
    outcomeErrors.clear();
    Optional<MemberId> member = Optional.empty();
    try {
      member = Optional.of(MemberId.parse(outcomeMember));
    } catch (IllegalArgumentException | NullPointerException e) {
      outcomeErrors.put("outcome-member", "staffMission.outcome.error.member");
    }
    int contacts = count("outcome-contacts", outcomeContacts);
    int leads = count("outcome-leads", outcomeLeads);
    if ((outcomeFollowUp == null ? "" : outcomeFollowUp).strip().length() > 2000) {
      outcomeErrors.put("outcome-follow-up", "staffMission.outcome.error.followUp");
    }
    if (!outcomeErrors.isEmpty()) {
      feedback.error("staffMission.outcome.error.summary");
      return;
    }
    try {
      outcomes.record(
          viewer.actor(),
          missionId(),
          member.get(),
          new ParticipantOutcome(contacts, leads, outcomeFollowUp == null ? "" : outcomeFollowUp),
          request.getRemoteAddr());
      mission = missions.show(viewer.actor(), missionId());
      outcomeMember = "";
      outcomeContacts = "";
      outcomeLeads = "";
      outcomeFollowUp = "";
      feedback.notice("staffMission.outcome.saved");
    } catch (NoApplicationException | IllegalApplicationTransitionException e) {
      outcomeErrors.put("outcome-member", "staffMission.outcome.error.member");
      feedback.error("staffMission.outcome.error.summary");
    } catch (IllegalMissionTransitionException
        | ConcurrentUpdateException
        | AccessDeniedException
        | MissionNotFoundException
        | IllegalArgumentException e) {
      // Not completed (any more), or changed by someone else meanwhile: the page shows it anew.
      feedback.error("staffMission.outcome.error.notNow");
    }
  }

  private int count(String field, String text) {
    try {
      int value = Integer.parseInt(text == null ? "" : text.strip());
      if (value >= 0 && value <= ParticipantOutcome.MAX_COUNT) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Named below.
    }
    outcomeErrors.put(field, "staffMission.outcome.error.count");
    return 0;
  }

  public String outcomeError(String field) {
    String key = outcomeErrors.get(field);
    return key == null ? "" : Texts.in(site.language()).text(key);
  }

  public String outcomeInvalid(String field) {
    return Boolean.toString(outcomeErrors.containsKey(field));
  }

  public String getEditHref() {
    return mission == null ? "" : site.pageHref("missionEdit") + "?id=" + mission.mission().id();
  }

  /** Whether the plan may still change (planned or open missions). */
  public boolean isEditable() {
    return mission != null
        && (mission.mission().status() == MissionStatus.PLANNED
            || mission.mission().status() == MissionStatus.OPEN);
  }

  public String getOutcomeMember() {
    return outcomeMember;
  }

  public void setOutcomeMember(String outcomeMember) {
    this.outcomeMember = outcomeMember;
  }

  public String getOutcomeContacts() {
    return outcomeContacts;
  }

  public void setOutcomeContacts(String outcomeContacts) {
    this.outcomeContacts = outcomeContacts;
  }

  public String getOutcomeLeads() {
    return outcomeLeads;
  }

  public void setOutcomeLeads(String outcomeLeads) {
    this.outcomeLeads = outcomeLeads;
  }

  public String getOutcomeFollowUp() {
    return outcomeFollowUp;
  }

  public void setOutcomeFollowUp(String outcomeFollowUp) {
    this.outcomeFollowUp = outcomeFollowUp;
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
