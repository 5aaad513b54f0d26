package lu.creativecluster.application.port.out.cooperation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.application.port.out.member.SampleMember;
import lu.creativecluster.application.port.out.mission.MissionCriteria;
import lu.creativecluster.application.port.out.mission.MissionMembers;
import lu.creativecluster.application.port.out.mission.MissionMembers.MissionMember;
import lu.creativecluster.application.port.out.mission.MissionSlice;
import lu.creativecluster.application.port.out.mission.Missions;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.cooperation.PartnerOrganisation;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.mission.Mission;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.mission.MissionStatus;
import lu.creativecluster.domain.mission.ParticipantOutcome;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

/**
 * Contract test: what every adapter of {@link Partners}, {@link Missions} and {@link ExportMarkets}
 * must do (the in-memory fakes here; JPA on H2 and PostgreSQL in adapters-persistence). Each test
 * starts on an empty store. Public, with protected hooks, so an adapter module can extend it.
 */
public abstract class AbstractCooperationContractTest {

  protected abstract Partners partners();

  protected abstract Missions missions();

  /** The member adapter of the same store, to set up the members the figures count. */
  protected abstract Members members();

  protected abstract ExportMarkets exportMarkets();

  /** The mission-side read of member facts, over the same store as {@link #members()}. */
  protected abstract MissionMembers missionMembers();

  /** Runs the work in a transaction of its own, committed unless it throws. */
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  protected void inTransaction(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  private Member member(SampleMember sample) {
    Member member = sample.build();
    inTransaction(() -> members().add(member));
    return member;
  }

  private Mission storedMission(Mission mission) {
    inTransaction(() -> missions().add(mission));
    return missions().byId(mission.id()).orElseThrow();
  }

  private void save(Mission mission) {
    inTransaction(() -> missions().save(mission));
  }

  // ---------------------------------------------------------------- Partners

  @Test
  void partner_addedWithCooperations_readsBackAsSaved() {
    PartnerOrganisation partner = SampleCooperation.partner("Creative Saar", "DE");
    inTransaction(() -> partners().add(partner));
    PartnerOrganisation read = partners().byId(partner.id()).orElseThrow();
    assertEquals(partner.details(), read.details());
    assertEquals(0, read.version());
    assertEquals(false, read.archived());

    read.recordCooperation(
        SampleCooperation.cooperation(LocalDate.of(2024, 1, 1), Optional.empty()));
    read.recordCooperation(
        SampleCooperation.cooperation(
            LocalDate.of(2020, 5, 1), Optional.of(LocalDate.of(2022, 4, 30))));
    inTransaction(() -> partners().save(read));

    PartnerOrganisation again = partners().byId(partner.id()).orElseThrow();
    assertEquals(read.cooperations(), again.cooperations());
    assertEquals(1, again.version());

    again.archive();
    inTransaction(() -> partners().save(again));
    assertEquals(true, partners().byId(partner.id()).orElseThrow().archived());
  }

  @Test
  void partner_savedFromAnOldVersion_isRefused() {
    PartnerOrganisation partner = SampleCooperation.partner("Creative Saar", "DE");
    inTransaction(() -> partners().add(partner));
    PartnerOrganisation first = partners().byId(partner.id()).orElseThrow();
    PartnerOrganisation second = partners().byId(partner.id()).orElseThrow();
    inTransaction(() -> partners().save(first));

    assertThrows(
        ConcurrentUpdateException.class, () -> inTransaction(() -> partners().save(second)));
  }

  @Test
  void partners_listByCountryThenName_andFilterByCountry() {
    for (String[] p :
        new String[][] {
          {"Wallonia Design", "BE"},
          {"Creative Saar", "DE"},
          {"Arts Grand Est", "FR"},
          {"Creative Trier", "DE"}
        }) {
      inTransaction(() -> partners().add(SampleCooperation.partner(p[0], p[1])));
    }
    assertEquals(
        List.of("Wallonia Design", "Creative Saar", "Creative Trier", "Arts Grand Est"),
        partners().list(Optional.empty()).stream().map(p -> p.details().name()).toList());
    assertEquals(
        List.of("Creative Saar", "Creative Trier"),
        partners().list(Optional.of(CountryCode.of("DE"))).stream()
            .map(p -> p.details().name())
            .toList());
  }

  // ---------------------------------------------------------------- Missions

  @Test
  void mission_withApplicationsAndOutcome_readsBackAsSaved() {
    Mission mission =
        storedMission(SampleCooperation.mission("FR", LocalDate.of(2027, 3, 1), 2, "design"));
    mission.open(SampleCooperation.BEFORE_DEADLINE);
    MemberId a = MemberId.newId();
    MemberId b = MemberId.newId();
    MemberId c = MemberId.newId();
    mission.apply(
        a,
        "We sell chairs in Paris.",
        Language.FR,
        true,
        SampleCooperation.BEFORE_DEADLINE,
        SampleCooperation.T0);
    mission.apply(
        b,
        "We want to sell in Lyon.\nSecond line.",
        Language.DE,
        false,
        SampleCooperation.BEFORE_DEADLINE,
        SampleCooperation.T0.plusSeconds(1));
    mission.apply(
        c,
        "Music for French films.",
        Language.EN,
        true,
        SampleCooperation.BEFORE_DEADLINE,
        SampleCooperation.T0.plusSeconds(2));
    mission.select(a, SampleCooperation.T0.plusSeconds(10));
    mission.waitlist(b, SampleCooperation.T0.plusSeconds(11));
    mission.decline(c, SampleCooperation.T0.plusSeconds(12));
    save(mission);

    Mission read = missions().byId(mission.id()).orElseThrow();
    assertEquals(mission.plan(), read.plan());
    assertEquals(MissionStatus.OPEN, read.status());
    assertEquals(mission.applications(), read.applications());
    assertEquals(1, read.version());

    read.close();
    read.complete(LocalDate.of(2027, 3, 3));
    read.recordOutcome(a, new ParticipantOutcome(14, 3, "Samples sent to two shops."));
    save(read);
    Mission completed = missions().byId(mission.id()).orElseThrow();
    assertEquals(read.applications(), completed.applications());
    assertEquals(MissionStatus.COMPLETED, completed.status());
  }

  @Test
  void mission_savedFromAnOldVersion_isRefused() {
    Mission mission = storedMission(SampleCooperation.openMission("FR", 2));
    Mission first = missions().byId(mission.id()).orElseThrow();
    Mission second = missions().byId(mission.id()).orElseThrow();
    first.close();
    save(first);
    second.cancel();

    assertThrows(ConcurrentUpdateException.class, () -> save(second));
    assertEquals(MissionStatus.CLOSED, missions().byId(mission.id()).orElseThrow().status());
  }

  @Test
  void find_filtersByStatusCountrySectorAndDates_andPages() {
    Mission paris =
        storedMission(SampleCooperation.mission("FR", LocalDate.of(2027, 3, 1), 5, "design"));
    Mission berlin =
        storedMission(SampleCooperation.mission("DE", LocalDate.of(2027, 5, 1), 5, "music"));
    Mission anySector = storedMission(SampleCooperation.mission("FR", LocalDate.of(2027, 6, 1), 5));
    Mission brussels =
        storedMission(SampleCooperation.mission("BE", LocalDate.of(2027, 9, 1), 5, "design"));
    brussels.cancel();
    save(brussels);

    assertEquals(
        List.of(paris.id(), berlin.id(), anySector.id(), brussels.id()),
        ids(MissionCriteria.ALL, false));
    assertEquals(
        List.of(brussels.id(), anySector.id(), berlin.id(), paris.id()),
        ids(MissionCriteria.ALL, true));
    assertEquals(
        List.of(paris.id(), berlin.id(), anySector.id()),
        ids(criteria(Set.of(MissionStatus.PLANNED), null, null, null, null), false));
    assertEquals(
        List.of(paris.id(), anySector.id()),
        ids(criteria(Set.of(), "FR", null, null, null), false));
    assertEquals(
        List.of(paris.id(), anySector.id(), brussels.id()),
        ids(criteria(Set.of(), null, "design", null, null), false),
        "a mission without target sectors targets every sector");
    assertEquals(
        List.of(paris.id(), berlin.id()),
        ids(
            criteria(Set.of(), null, null, LocalDate.of(2027, 3, 3), LocalDate.of(2027, 5, 1)),
            false),
        "a mission running on any day of the range counts, both ends included");

    MissionSlice second = missions().find(MissionCriteria.ALL, false, 1, 3);
    assertEquals(4, second.total());
    assertEquals(List.of(brussels.id()), second.items().stream().map(Mission::id).toList());
  }

  @Test
  void appliedToBy_findsTheMissionsOfOneMember() {
    MemberId member = MemberId.newId();
    Mission early = storedMission(SampleCooperation.openMission("FR", 3));
    Mission late = storedMission(SampleCooperation.mission("DE", LocalDate.of(2027, 4, 1), 3));
    late.open(SampleCooperation.BEFORE_DEADLINE);
    storedMission(SampleCooperation.openMission("BE", 3));
    for (Mission m : List.of(early, late)) {
      m.apply(
          member,
          "We want to go there.",
          Language.EN,
          true,
          SampleCooperation.BEFORE_DEADLINE,
          SampleCooperation.T0);
    }
    save(early);
    save(late);

    assertEquals(
        List.of(late.id(), early.id()),
        missions().appliedToBy(member).stream().map(Mission::id).toList());
  }

  @Test
  void missionMembers_readTheFactsAMissionShows_forManyMembersAtOnce() {
    AccountId account = AccountId.newId();
    Member owned = SampleMember.named("Atelier Owned").build();
    owned.linkOwner(account);
    inTransaction(() -> members().add(owned));
    Member applied = member(SampleMember.named("Studio Applied").applied());
    MemberId unknown = MemberId.newId();

    Map<MemberId, MissionMember> found =
        inTransaction(
            () -> missionMembers().byIds(List.of(owned.id(), applied.id(), unknown, owned.id())));

    assertEquals(Set.of(owned.id(), applied.id()), found.keySet());
    assertEquals(
        new MissionMember(
            owned.id(), owned.slug(), "Atelier Owned", MemberStatus.ACTIVE, Optional.of(account)),
        found.get(owned.id()));
    assertEquals(
        new MissionMember(
            applied.id(), applied.slug(), "Studio Applied", MemberStatus.APPLIED, Optional.empty()),
        found.get(applied.id()));
    assertEquals(Map.of(), inTransaction(() -> missionMembers().byIds(List.of())));
  }

  private List<MissionId> ids(MissionCriteria criteria, boolean latestFirst) {
    return missions().find(criteria, latestFirst, 0, 100).items().stream()
        .map(Mission::id)
        .toList();
  }

  private static MissionCriteria criteria(
      Set<MissionStatus> statuses, String country, String sector, LocalDate from, LocalDate to) {
    return new MissionCriteria(
        statuses,
        Optional.ofNullable(country).map(CountryCode::of),
        Optional.ofNullable(sector).map(SectorCode::new),
        Optional.ofNullable(from),
        Optional.ofNullable(to));
  }

  // ---------------------------------------------------------------- ExportMarkets

  @Test
  void figures_countActiveMembersPerMarketAndSector_andMissionParticipants() {
    member(
        SampleMember.named("Atelier Nord")
            .sectors("design", "music")
            .markets("FR", "DE")
            .wants("JP"));
    member(SampleMember.named("Beat Studio").sectors("music").markets("FR").wants("DE"));
    member(SampleMember.named("Quiet Maker").sectors("crafts-manufacturing"));
    member(
        SampleMember.named("Applied Only").sectors("design").markets("FR").wants("JP").applied());
    Member traveller = member(SampleMember.named("Traveller").sectors("design").wants("JP"));
    Mission tokyo =
        storedMission(SampleCooperation.mission("JP", LocalDate.of(2027, 3, 1), 5, "design"));
    tokyo.open(SampleCooperation.BEFORE_DEADLINE);
    tokyo.apply(
        traveller.id(),
        "We want to sell in Tokyo.",
        Language.EN,
        true,
        SampleCooperation.BEFORE_DEADLINE,
        SampleCooperation.T0);
    tokyo.select(traveller.id(), SampleCooperation.T0);
    save(tokyo);
    Mission cancelled = storedMission(SampleCooperation.openMission("IT", 5));
    cancelled.apply(
        traveller.id(),
        "We want to sell in Milan.",
        Language.EN,
        true,
        SampleCooperation.BEFORE_DEADLINE,
        SampleCooperation.T0);
    cancelled.select(traveller.id(), SampleCooperation.T0);
    cancelled.cancel();
    save(cancelled);

    ExportFigures figures = exportMarkets().figures();

    assertEquals(4, figures.activeMembers());
    assertEquals(2, figures.exportingMembers());
    assertEquals(3, figures.wantingMembers());
    Map<String, MarketFigure> markets = byCode(figures.markets(), f -> f.market().alpha2());
    assertEquals(Set.of("FR", "DE", "JP"), markets.keySet(), "no figure for a cancelled mission");
    assertEquals(new MarketFigure(CountryCode.of("FR"), 2, 0, 0), markets.get("FR"));
    assertEquals(new MarketFigure(CountryCode.of("DE"), 1, 1, 0), markets.get("DE"));
    assertEquals(new MarketFigure(CountryCode.of("JP"), 0, 2, 1), markets.get("JP"));
    Map<String, MarketSectorFigure> bySector =
        byCode(figures.bySector(), f -> f.market().alpha2() + "/" + f.sector().value());
    assertEquals(
        Set.of("FR/design", "FR/music", "DE/design", "DE/music", "JP/design", "JP/music"),
        bySector.keySet());
    assertEquals(2, bySector.get("FR/music").serving());
    assertEquals(2, bySector.get("JP/design").wanting());
    assertEquals(1, bySector.get("DE/music").wanting());
    assertEquals(1, bySector.get("DE/music").serving());
  }

  @Test
  void figures_ofAnEmptyCluster_areZero() {
    ExportFigures figures = exportMarkets().figures();
    assertEquals(0, figures.activeMembers());
    assertTrue(figures.markets().isEmpty());
  }

  @Test
  void membersIn_namesTheActiveMembersServingOrWanting_byName() {
    Member nord =
        member(SampleMember.named("atelier Nord").sectors("design", "music").markets("FR"));
    Member beat =
        member(SampleMember.named("Beat Studio").sectors("music").markets("FR").wants("FR"));
    member(SampleMember.named("Elsewhere").sectors("music").markets("DE"));
    member(SampleMember.named("Applied").sectors("music").markets("FR").applied());

    List<MarketMember> members = exportMarkets().membersIn(CountryCode.of("FR"));

    assertEquals(
        List.of(
            new MarketMember(
                nord.id(),
                nord.slug(),
                "atelier Nord",
                List.of(new SectorCode("design"), new SectorCode("music")),
                true,
                false,
                false),
            new MarketMember(
                beat.id(),
                beat.slug(),
                "Beat Studio",
                List.of(new SectorCode("music")),
                true,
                true,
                true)),
        members);
  }

  private static <T> Map<String, T> byCode(List<T> values, Function<T, String> key) {
    return values.stream().collect(Collectors.toMap(key, v -> v));
  }
}
