package lu.creativecluster.domain.mission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.domain.cooperation.PartnerId;
import lu.creativecluster.domain.cooperation.WrongDatesException;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

/** The mission's rules: status, deadline, one application each, capacity and waiting list. */
class MissionTest {

  static final LocalDate START = LocalDate.of(2027, 3, 10);
  static final LocalDate BEFORE_DEADLINE = LocalDate.of(2027, 2, 1);
  static final LocalDate DEADLINE = LocalDate.of(2027, 2, 20);
  static final Instant T0 = Instant.parse("2027-01-15T10:00:00Z");

  static MissionPlan plan(int capacity) {
    return new MissionPlan(
        MissionTexts.of(Language.EN, "Design week Metz", "Ten studios meet buyers in Metz."),
        MissionKind.TRADE_FAIR,
        CountryCode.of("FR"),
        "Metz",
        new MissionDates(START, START.plusDays(2), DEADLINE),
        Organiser.cluster("Creative Cluster"),
        Set.of(new SectorCode("design")),
        capacity);
  }

  static Mission open(int capacity) {
    Mission mission = Mission.plan(MissionId.newId(), plan(capacity));
    mission.open(BEFORE_DEADLINE);
    return mission;
  }

  static MemberId applied(Mission mission, int minute) {
    MemberId member = MemberId.newId();
    mission.apply(
        member,
        "We sell furniture in France.",
        Language.FR,
        true,
        BEFORE_DEADLINE,
        T0.plusSeconds(60L * minute));
    return member;
  }

  @Test
  void aPlannedMission_takesNoApplications_untilOpened() {
    Mission mission = Mission.plan(MissionId.newId(), plan(2));
    assertThrows(
        MissionNotOpenException.class,
        () ->
            mission.apply(
                MemberId.newId(), "We sell in France.", Language.EN, false, BEFORE_DEADLINE, T0));
    assertEquals(MissionStatus.PLANNED, mission.status());
  }

  @Test
  void applying_onTheDeadlineDay_works_theDayAfter_isRefused() {
    Mission mission = open(5);
    mission.apply(MemberId.newId(), "We sell in France.", Language.EN, false, DEADLINE, T0);
    assertThrows(
        ApplicationDeadlinePassedException.class,
        () ->
            mission.apply(
                MemberId.newId(),
                "We sell in France.",
                Language.EN,
                false,
                DEADLINE.plusDays(1),
                T0));
    assertEquals(1, mission.applications().size());
  }

  @Test
  void aSecondApplication_ofTheSameMember_isRefused() {
    Mission mission = open(5);
    MemberId member = applied(mission, 0);
    assertThrows(
        SecondApplicationException.class,
        () -> mission.apply(member, "Once more, please.", Language.EN, false, BEFORE_DEADLINE, T0));
    assertEquals(1, mission.applications().size());
  }

  @Test
  void selectingBeyondCapacity_isRefused_andTheRestCanWait() {
    Mission mission = open(2);
    MemberId a = applied(mission, 0);
    MemberId b = applied(mission, 1);
    MemberId c = applied(mission, 2);
    mission.select(a, T0);
    mission.select(b, T0);

    assertThrows(MissionFullException.class, () -> mission.select(c, T0));
    mission.waitlist(c, T0);

    assertEquals(0, mission.placesLeft());
    assertEquals(
        List.of(c), mission.waitingList().stream().map(MissionApplication::member).toList());
  }

  @Test
  void aSelectedMemberWithdrawing_promotesTheFirstOnTheWaitingList() {
    Mission mission = open(1);
    MemberId a = applied(mission, 0);
    MemberId late = applied(mission, 1);
    MemberId early = applied(mission, 2);
    mission.select(a, T0);
    mission.waitlist(early, T0.plusSeconds(10));
    mission.waitlist(late, T0.plusSeconds(20));

    Optional<MemberId> promoted = mission.withdraw(a, T0.plusSeconds(30));

    assertEquals(Optional.of(early), promoted, "wait-listed first, promoted first");
    assertEquals(ApplicationStatus.SELECTED, mission.application(early).orElseThrow().status());
    assertEquals(ApplicationStatus.WITHDRAWN, mission.application(a).orElseThrow().status());
    assertEquals(
        List.of(late), mission.waitingList().stream().map(MissionApplication::member).toList());
  }

  @Test
  void withdrawingWithoutAPlace_promotesNobody() {
    Mission mission = open(1);
    MemberId a = applied(mission, 0);
    MemberId b = applied(mission, 1);
    mission.waitlist(b, T0);
    assertEquals(Optional.empty(), mission.withdraw(a, T0));
    assertEquals(ApplicationStatus.WAITLISTED, mission.application(b).orElseThrow().status());
  }

  @Test
  void aWithdrawnApplication_cannotBeSelected() {
    Mission mission = open(3);
    MemberId a = applied(mission, 0);
    mission.withdraw(a, T0);
    assertThrows(IllegalApplicationTransitionException.class, () -> mission.select(a, T0));
  }

  @Test
  void statusRules_followPlannedOpenClosedCompleted_andRefuseTheRest() {
    Mission mission = Mission.plan(MissionId.newId(), plan(2));
    assertThrows(IllegalMissionTransitionException.class, mission::close);
    assertThrows(IllegalMissionTransitionException.class, () -> mission.complete(START));
    mission.open(BEFORE_DEADLINE);
    assertThrows(IllegalMissionTransitionException.class, () -> mission.open(BEFORE_DEADLINE));
    mission.close();
    assertThrows(
        IllegalMissionTransitionException.class,
        () -> mission.complete(START),
        "not over before its last day");
    mission.complete(START.plusDays(2));
    assertEquals(MissionStatus.COMPLETED, mission.status());
    assertThrows(IllegalMissionTransitionException.class, mission::cancel);
  }

  @Test
  void aCancelledMission_staysCancelled_andTakesNoDecisions() {
    Mission mission = open(2);
    MemberId a = applied(mission, 0);
    mission.cancel();
    assertThrows(IllegalMissionTransitionException.class, () -> mission.select(a, T0));
    assertThrows(IllegalMissionTransitionException.class, () -> mission.open(BEFORE_DEADLINE));
    assertTrue(MissionStatus.CANCELLED.isFinal());
  }

  @Test
  void openingAfterTheDeadline_isRefused() {
    Mission mission = Mission.plan(MissionId.newId(), plan(2));
    assertThrows(
        ApplicationDeadlinePassedException.class, () -> mission.open(DEADLINE.plusDays(1)));
  }

  @Test
  void outcomes_areRecordedForParticipants_onlyAfterCompletion() {
    Mission mission = open(2);
    MemberId a = applied(mission, 0);
    MemberId b = applied(mission, 1);
    mission.select(a, T0);
    mission.decline(b, T0);
    ParticipantOutcome outcome = new ParticipantOutcome(12, 3, "Quote sent to two buyers.");
    mission.close();
    assertThrows(IllegalMissionTransitionException.class, () -> mission.recordOutcome(a, outcome));
    mission.complete(START.plusDays(5));

    mission.recordOutcome(a, outcome);

    assertEquals(Optional.of(outcome), mission.application(a).orElseThrow().outcome());
    assertThrows(
        IllegalApplicationTransitionException.class, () -> mission.recordOutcome(b, outcome));
    assertThrows(
        NoApplicationException.class, () -> mission.recordOutcome(MemberId.newId(), outcome));
  }

  @Test
  void publicParticipants_areTheSelectedWhoAgreed() {
    Mission mission = open(3);
    MemberId agreed = applied(mission, 0);
    MemberId shy = applied(mission, 1);
    mission.changeListing(shy, false);
    mission.select(agreed, T0);
    mission.select(shy, T0);
    assertEquals(
        List.of(agreed),
        mission.publicParticipants().stream().map(MissionApplication::member).toList());
  }

  @Test
  void capacity_cannotDropBelowTheSelected() {
    Mission mission = open(2);
    mission.select(applied(mission, 0), T0);
    mission.select(applied(mission, 1), T0);
    assertThrows(MissionFullException.class, () -> mission.revise(plan(1)));
    mission.revise(plan(3));
    assertEquals(1, mission.placesLeft());
  }

  @Test
  void wrongDates_areRefused() {
    assertThrows(
        WrongDatesException.class, () -> new MissionDates(START, START.minusDays(1), DEADLINE));
    assertThrows(WrongDatesException.class, () -> new MissionDates(START, START, START));
    assertThrows(
        WrongDatesException.class, () -> new MissionDates(START, START, START.plusDays(1)));
  }

  @Test
  void texts_needOneLanguage_andFallBackToEnglishFirst() {
    assertThrows(IllegalArgumentException.class, () -> new MissionTexts(Map.of()));
    MissionTexts texts =
        new MissionTexts(
            Map.of(
                Language.DE, new MissionText("Designwoche", ""),
                Language.EN, new MissionText("Design week", "")));
    assertEquals("Design week", texts.in(Language.FR).title());
    assertEquals("Designwoche", texts.in(Language.DE).title());
  }

  @Test
  void aPartnerOrganiser_namesItsPartner_othersDoNot() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Organiser(OrganiserKind.PARTNER, "Creative Saar", Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Organiser(OrganiserKind.MINISTRY, "Ministry", Optional.of(PartnerId.newId())));
  }

  @Test
  void targetSectors_noneMeansEveryone() {
    assertTrue(plan(1).targets(Set.of(new SectorCode("design"))));
    assertFalse(plan(1).targets(Set.of(new SectorCode("music"))));
    MissionPlan open = plan(1);
    MissionPlan anyone =
        new MissionPlan(
            open.texts(),
            open.kind(),
            open.destinationCountry(),
            "Metz",
            open.dates(),
            open.organiser(),
            Set.of(),
            1);
    assertTrue(anyone.targets(Set.of(new SectorCode("music"))));
  }

  @Test
  void codes_readBackCaseInsensitively() {
    assertEquals(Optional.of(MissionKind.B2B_MATCHMAKING), MissionKind.fromCode("B2B-Matchmaking"));
    assertEquals(Optional.empty(), MissionStatus.fromCode("dormant"));
    assertEquals("state-visit", MissionKind.STATE_VISIT.code());
  }
}
