package lu.creativecluster.application.service.mission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.cooperation.ExportOverview;
import lu.creativecluster.application.port.in.cooperation.MarketDetail;
import lu.creativecluster.application.port.in.cooperation.ShowExportOverviewUseCase;
import lu.creativecluster.application.port.in.mission.ApplyForMissionCommand;
import lu.creativecluster.application.port.in.mission.InvitationReason;
import lu.creativecluster.application.port.in.mission.InvitationSuggestion;
import lu.creativecluster.application.port.in.mission.MissionStatusChange;
import lu.creativecluster.application.port.out.cooperation.SampleCooperation;
import lu.creativecluster.application.port.out.member.SampleMember;
import lu.creativecluster.application.service.cooperation.ExportOverviewService;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.mission.Mission;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

/** Whom to invite to a mission, and the export overview, on in-memory fakes. */
class InvitationAndExportServicesTest {

  private final MissionFixture f = new MissionFixture();
  private final InMemoryExportMarkets markets = new InMemoryExportMarkets(f.members, f.missions);
  private final SuggestInvitationsService invitations =
      new SuggestInvitationsService(f.missions, markets);
  private final ExportOverviewService overview =
      new ExportOverviewService(markets, f.members, f.clock);

  private Member member(SampleMember sample) {
    Member member = sample.build();
    f.members.add(member);
    return member;
  }

  private Mission openMissionToFrance(String... sectors) {
    Mission mission =
        f.manage.create(
            f.staff, SampleCooperation.plan("FR", LocalDate.of(2027, 3, 1), 5, sectors), "");
    return f.manage.changeStatus(f.staff, mission.id(), MissionStatusChange.OPEN, "");
  }

  @Test
  void suggestions_rankWantingAboveServing_inTheTargetSectors_withTheirReasons() {
    member(SampleMember.named("Serving Designer").sectors("design").markets("FR"));
    member(SampleMember.named("Wanting Designer").sectors("design").wants("FR"));
    member(SampleMember.named("Wanting Musician").sectors("music", "design").wants("FR"));
    member(SampleMember.named("Off Target").sectors("crafts-manufacturing").wants("FR"));
    member(SampleMember.named("Other Market").sectors("design").wants("DE"));
    member(SampleMember.named("Not Active").sectors("design").wants("FR").applied());
    Mission mission = openMissionToFrance("design");

    List<InvitationSuggestion> suggestions = invitations.suggestions(f.staff, mission.id(), 10);

    assertEquals(
        List.of("Wanting Designer", "Wanting Musician", "Serving Designer"),
        suggestions.stream().map(s -> s.member().displayName()).toList());
    assertEquals(
        List.of(
            InvitationReason.WANTS_MARKET,
            InvitationReason.PRIMARY_SECTOR_TARGETED,
            InvitationReason.WANTS_EXPORT_HELP),
        suggestions.get(0).reasons());
    assertEquals(7, suggestions.get(0).score());
    assertEquals(
        List.of(
            InvitationReason.WANTS_MARKET,
            InvitationReason.SECTOR_TARGETED,
            InvitationReason.WANTS_EXPORT_HELP),
        suggestions.get(1).reasons());
    assertEquals(
        List.of(InvitationReason.SERVES_MARKET, InvitationReason.PRIMARY_SECTOR_TARGETED),
        suggestions.get(2).reasons());
  }

  @Test
  void suggestions_leaveOutMembersWhoApplied_andAreForStaffOnly() {
    MissionFixture.OwnedMember applied = f.ownedMember("Already Applied", "a@example.org");
    Member again = applied.member();
    again.updateProfile(
        again.profile().toBuilder()
            .export(
                new lu.creativecluster.domain.member.ExportProfile(
                    Set.of(), Set.of(CountryCode.of("FR")), false))
            .build(),
        f.clock);
    f.members.save(again);
    member(SampleMember.named("Fresh Candidate").sectors("music").wants("FR"));
    Mission mission = openMissionToFrance();
    f.applications.apply(
        new ApplyForMissionCommand(
            applied.actor(),
            mission.id(),
            again.id(),
            "We want to go to France.",
            Language.EN,
            true));

    assertEquals(
        List.of("Fresh Candidate"),
        invitations.suggestions(f.staff, mission.id(), 10).stream()
            .map(s -> s.member().displayName())
            .toList(),
        "no target sectors: every sector; the applicant is left out");
    assertThrows(
        AccessDeniedException.class,
        () -> invitations.suggestions(applied.actor(), mission.id(), 10));
    assertThrows(
        IllegalArgumentException.class, () -> invitations.suggestions(f.staff, mission.id(), 0));
  }

  @Test
  void overview_ranksMarketsByDemand_andCountsTheShareThatExports() {
    member(SampleMember.named("A").sectors("design").markets("FR").wants("JP"));
    member(SampleMember.named("B").sectors("music").markets("BE").wants("JP", "DE"));
    member(SampleMember.named("C").sectors("design").wants("DE"));
    member(SampleMember.named("D").sectors("design"));

    ExportOverview counted = overview.overview();

    assertEquals(4, counted.activeMembers());
    assertEquals(2, counted.exportingMembers());
    assertEquals(0.5, counted.exportingShare());
    assertEquals(
        List.of("DE", "JP", "BE", "FR"),
        counted.markets().stream().map(m -> m.market().alpha2()).toList(),
        "most wanted first; then most served; then by code");
    assertEquals(1, counted.markets().get(0).rank());
    assertEquals(
        List.of("design", "music"),
        counted.markets().get(0).sectors().stream().map(s -> s.sector().value()).toList());
  }

  @Test
  void overview_isCountedAgain_whenAMemberChanges_orItsFreshnessRunsOut() {
    member(SampleMember.named("A").sectors("design").markets("FR"));
    ExportOverview first = overview.overview();
    assertSame(first, overview.overview(), "nothing changed: the same counted overview");

    member(SampleMember.named("B").sectors("design").markets("FR"));
    ExportOverview second = overview.overview();
    assertEquals(2, second.exportingMembers(), "a member change is counted on the next read");

    f.clock.advance(ExportOverviewService.FRESHNESS.minusSeconds(1));
    assertSame(second, overview.overview(), "within the freshness: kept");
    f.clock.advance(Duration.ofSeconds(2));
    assertNotSame(second, overview.overview(), "after it: counted again (missions may have moved)");
  }

  @Test
  void theNamesBehindAMarket_areForStaffAndReadingPartnersOnly() {
    member(SampleMember.named("Serving").sectors("design").markets("FR"));
    member(SampleMember.named("Wanting").sectors("design").wants("FR"));

    MarketDetail detail = overview.market(f.staff, CountryCode.of("FR"));
    assertEquals(List.of("Serving"), detail.serving().stream().map(m -> m.displayName()).toList());
    assertEquals(List.of("Wanting"), detail.wanting().stream().map(m -> m.displayName()).toList());
    assertEquals(1, detail.figures().serving());

    MarketDetail forPartner =
        overview.market(
            Actor.partner("ministry", Set.of(ShowExportOverviewUseCase.READ_SCOPE)),
            CountryCode.of("FR"));
    assertEquals(
        List.of("Serving"), forPartner.serving().stream().map(m -> m.displayName()).toList());
    assertThrows(
        AccessDeniedException.class, () -> overview.market(Actor.visitor(), CountryCode.of("FR")));
    assertThrows(
        AccessDeniedException.class,
        () -> overview.market(Actor.partner("other", Set.of("audit:read")), CountryCode.of("FR")));
  }
}
