package lu.creativecluster.application.service.mission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.mission.ApplyForMissionCommand;
import lu.creativecluster.application.port.in.mission.MissionList;
import lu.creativecluster.application.port.in.mission.MissionListQuery;
import lu.creativecluster.application.port.in.mission.MissionNotFoundException;
import lu.creativecluster.application.port.in.mission.MissionStatusChange;
import lu.creativecluster.application.port.in.mission.MissionView;
import lu.creativecluster.application.port.in.mission.SelectionDecision;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.cooperation.SampleCooperation;
import lu.creativecluster.application.port.out.mail.OutgoingMail;
import lu.creativecluster.application.port.out.mission.MissionCriteria;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.mission.ApplicationDeadlinePassedException;
import lu.creativecluster.domain.mission.ApplicationStatus;
import lu.creativecluster.domain.mission.Mission;
import lu.creativecluster.domain.mission.MissionFullException;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.mission.MissionStatus;
import lu.creativecluster.domain.mission.ParticipantOutcome;
import lu.creativecluster.domain.mission.SecondApplicationException;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

/** The mission services on in-memory fakes: access, applications, selection, mails, listing. */
class MissionServicesTest {

  private final MissionFixture f = new MissionFixture();

  private Mission openMission(int capacity) {
    Mission mission =
        f.manage.create(
            f.staff,
            SampleCooperation.plan("FR", LocalDate.of(2027, 3, 1), capacity, "design"),
            "203.0.113.1");
    return f.manage.changeStatus(f.staff, mission.id(), MissionStatusChange.OPEN, "203.0.113.1");
  }

  private void apply(MissionFixture.OwnedMember m, MissionId mission, Language language) {
    f.applications.apply(
        new ApplyForMissionCommand(
            m.actor(), mission, m.member().id(), "We want to sell in France.", language, true));
  }

  private List<String> subjects() {
    return f.outbox.mails().stream().map(m -> ((OutgoingMail) m).subject()).toList();
  }

  @Test
  void onlyStaff_planMissions() {
    MissionFixture.OwnedMember m = f.ownedMember("Atelier Nord", "nord@example.org");
    assertThrows(
        AccessDeniedException.class,
        () ->
            f.manage.create(
                m.actor(), SampleCooperation.plan("FR", LocalDate.of(2027, 3, 1), 2), ""));
    assertThrows(
        AccessDeniedException.class,
        () ->
            f.manage.create(
                Actor.visitor(), SampleCooperation.plan("FR", LocalDate.of(2027, 3, 1), 2), ""));
    assertEquals(0, f.missions.find(MissionCriteria.ALL, false, 0, 10).total());
  }

  @Test
  void aMember_appliesOnce_forItsOwnRecordOnly() {
    Mission mission = openMission(2);
    MissionFixture.OwnedMember nord = f.ownedMember("Atelier Nord", "nord@example.org");
    MissionFixture.OwnedMember sud = f.ownedMember("Atelier Sud", "sud@example.org");

    apply(nord, mission.id(), Language.DE);

    assertThrows(SecondApplicationException.class, () -> apply(nord, mission.id(), Language.DE));
    assertThrows(
        AccessDeniedException.class,
        () ->
            f.applications.apply(
                new ApplyForMissionCommand(
                    sud.actor(),
                    mission.id(),
                    nord.member().id(),
                    "Not my record at all.",
                    Language.EN,
                    true)));
    assertThrows(
        AccessDeniedException.class,
        () ->
            f.applications.apply(
                new ApplyForMissionCommand(
                    Actor.visitor(),
                    mission.id(),
                    nord.member().id(),
                    "Anonymous try here.",
                    Language.EN,
                    true)));
    assertEquals(1, f.missions.byId(mission.id()).orElseThrow().applications().size());
  }

  @Test
  void applyingAfterTheDeadline_isRefused_andNothingIsStored() {
    Mission mission = openMission(2);
    MissionFixture.OwnedMember nord = f.ownedMember("Atelier Nord", "nord@example.org");
    f.clock.advance(Duration.ofDays(31)); // the deadline was 2027-02-09

    assertThrows(
        ApplicationDeadlinePassedException.class, () -> apply(nord, mission.id(), Language.EN));
    assertEquals(0, f.missions.byId(mission.id()).orElseThrow().applications().size());
  }

  @Test
  void staffDecisions_mailEveryApplicant_inTheLanguageItAppliedIn() {
    Mission mission = openMission(1);
    MissionFixture.OwnedMember nord = f.ownedMember("Atelier Nord", "nord@example.org");
    MissionFixture.OwnedMember sud = f.ownedMember("Atelier Sud", "sud@example.org");
    MissionFixture.OwnedMember est = f.ownedMember("Atelier Est", "est@example.org");
    apply(nord, mission.id(), Language.DE);
    apply(sud, mission.id(), Language.FR);
    apply(est, mission.id(), Language.EN);

    f.selection.decide(f.staff, mission.id(), nord.member().id(), SelectionDecision.SELECT, "");
    assertThrows(
        MissionFullException.class,
        () ->
            f.selection.decide(
                f.staff, mission.id(), sud.member().id(), SelectionDecision.SELECT, ""));
    f.selection.decide(f.staff, mission.id(), sud.member().id(), SelectionDecision.WAITLIST, "");
    f.selection.decide(f.staff, mission.id(), est.member().id(), SelectionDecision.DECLINE, "");

    assertEquals(List.of("selected de", "waitlisted fr", "declined en"), subjects());
    assertEquals("nord@example.org", f.outbox.mails().get(0).to().value());
    assertEquals(
        "Atelier Sud | Mission FR | Capital city (FR)",
        ((OutgoingMail) f.outbox.mails().get(1)).body(),
        "the title in the applicant's language");
    assertEquals(3, f.auditLog.withAction(AuditAction.MISSION_APPLICATION_DECIDED).size());
  }

  @Test
  void aSelectedMemberWithdrawing_givesThePlaceToTheFirstWaiting_whoIsMailed() {
    Mission mission = openMission(1);
    MissionFixture.OwnedMember nord = f.ownedMember("Atelier Nord", "nord@example.org");
    MissionFixture.OwnedMember sud = f.ownedMember("Atelier Sud", "sud@example.org");
    apply(nord, mission.id(), Language.EN);
    apply(sud, mission.id(), Language.FR);
    f.selection.decide(f.staff, mission.id(), nord.member().id(), SelectionDecision.SELECT, "");
    f.selection.decide(f.staff, mission.id(), sud.member().id(), SelectionDecision.WAITLIST, "");

    f.applications.withdraw(nord.actor(), mission.id(), nord.member().id());

    Mission read = f.missions.byId(mission.id()).orElseThrow();
    assertEquals(
        ApplicationStatus.SELECTED, read.application(sud.member().id()).orElseThrow().status());
    assertEquals(List.of("selected en", "waitlisted fr", "selected fr"), subjects());
    assertEquals("sud@example.org", f.outbox.mails().get(2).to().value());
  }

  @Test
  void aVisitor_neverSeesPlannedMissions_norMotivations() {
    Mission planned =
        f.manage.create(f.staff, SampleCooperation.plan("DE", LocalDate.of(2027, 4, 1), 3), "");
    Mission open = openMission(3);
    MissionFixture.OwnedMember nord = f.ownedMember("Atelier Nord", "nord@example.org");
    apply(nord, open.id(), Language.EN);

    MissionList visible =
        f.catalogue.list(Actor.visitor(), new MissionListQuery(MissionCriteria.ALL, false, 0, 20));
    assertEquals(List.of(open.id()), visible.items().stream().map(s -> s.id()).toList());
    assertEquals(1, visible.page().totalItems());
    MissionList asked =
        f.catalogue.list(
            Actor.visitor(),
            new MissionListQuery(
                new MissionCriteria(
                    Set.of(MissionStatus.PLANNED),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()),
                false,
                0,
                20));
    assertEquals(0, asked.page().totalItems(), "asking for drafts gives none");
    assertEquals(
        2,
        f.catalogue
            .list(f.staff, new MissionListQuery(MissionCriteria.ALL, false, 0, 20))
            .page()
            .totalItems());
    assertThrows(
        MissionNotFoundException.class, () -> f.catalogue.show(Actor.visitor(), planned.id()));

    MissionView asVisitor = f.catalogue.show(Actor.visitor(), open.id());
    assertTrue(asVisitor.applications().isEmpty());
    assertTrue(asVisitor.ownApplication().isEmpty());
    assertEquals(1, f.catalogue.show(f.staff, open.id()).applications().size());
    assertEquals(
        nord.member().id(),
        f.catalogue.show(nord.actor(), open.id()).ownApplication().orElseThrow().member());
  }

  @Test
  void participants_arePublic_onlyWithConsent() {
    Mission mission = openMission(3);
    MissionFixture.OwnedMember nord = f.ownedMember("Atelier Nord", "nord@example.org");
    MissionFixture.OwnedMember sud = f.ownedMember("Atelier Sud", "sud@example.org");
    apply(nord, mission.id(), Language.EN);
    apply(sud, mission.id(), Language.EN);
    f.applications.changeListing(sud.actor(), mission.id(), sud.member().id(), false);
    f.selection.decide(f.staff, mission.id(), nord.member().id(), SelectionDecision.SELECT, "");
    f.selection.decide(f.staff, mission.id(), sud.member().id(), SelectionDecision.SELECT, "");

    assertEquals(
        List.of("Atelier Nord"),
        f.catalogue.show(Actor.visitor(), mission.id()).participants().stream()
            .map(p -> p.displayName())
            .toList());
  }

  @Test
  void outcomes_areRecordedByStaff_afterCompletion() {
    Mission mission = openMission(3);
    MissionFixture.OwnedMember nord = f.ownedMember("Atelier Nord", "nord@example.org");
    apply(nord, mission.id(), Language.EN);
    f.selection.decide(f.staff, mission.id(), nord.member().id(), SelectionDecision.SELECT, "");
    f.manage.changeStatus(f.staff, mission.id(), MissionStatusChange.CLOSE, "");
    f.clock.advance(Duration.ofDays(60));
    f.manage.changeStatus(f.staff, mission.id(), MissionStatusChange.COMPLETE, "");
    ParticipantOutcome outcome = new ParticipantOutcome(9, 2, "Two quotes sent.");

    assertThrows(
        AccessDeniedException.class,
        () -> f.selection.record(nord.actor(), mission.id(), nord.member().id(), outcome, ""));
    f.selection.record(f.staff, mission.id(), nord.member().id(), outcome, "");

    assertEquals(
        Optional.of(outcome),
        f.missions
            .byId(mission.id())
            .orElseThrow()
            .application(nord.member().id())
            .orElseThrow()
            .outcome());
  }

  @Test
  void revisingFromAStaleVersion_isRefused() {
    Mission mission = openMission(3);
    f.manage.revise(
        f.staff,
        mission.id(),
        mission.version(),
        SampleCooperation.plan("FR", LocalDate.of(2027, 3, 1), 4),
        "");
    assertThrows(
        ConcurrentUpdateException.class,
        () ->
            f.manage.revise(
                f.staff,
                mission.id(),
                mission.version(),
                SampleCooperation.plan("FR", LocalDate.of(2027, 3, 1), 5),
                ""));
    assertEquals(4, f.missions.byId(mission.id()).orElseThrow().plan().capacity());
  }

  @Test
  void theCalendarEntry_coversEveryDay_andStaysTheSameEntry() {
    Mission mission = openMission(3);
    var entry = f.catalogue.entry(Actor.visitor(), mission.id(), Language.FR);
    assertEquals("Mission FR", entry.summary());
    assertEquals(LocalDate.of(2027, 3, 1), entry.start());
    assertEquals(LocalDate.of(2027, 3, 4), entry.endExclusive(), "three days, end exclusive");
    assertEquals("mission-" + mission.id() + "@creativecluster.lu", entry.uid());
    f.manage.changeStatus(f.staff, mission.id(), MissionStatusChange.CANCEL, "");
    var cancelled = f.catalogue.entry(Actor.visitor(), mission.id(), Language.FR);
    assertTrue(cancelled.cancelled());
    assertTrue(cancelled.sequence() > entry.sequence());
  }
}
