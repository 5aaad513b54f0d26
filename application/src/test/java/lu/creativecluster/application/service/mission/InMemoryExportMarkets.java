package lu.creativecluster.application.service.mission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lu.creativecluster.application.port.out.cooperation.ExportFigures;
import lu.creativecluster.application.port.out.cooperation.ExportMarkets;
import lu.creativecluster.application.port.out.cooperation.MarketFigure;
import lu.creativecluster.application.port.out.cooperation.MarketMember;
import lu.creativecluster.application.port.out.cooperation.MarketSectorFigure;
import lu.creativecluster.application.service.member.InMemoryMembers;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.ExportProfile;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.mission.ApplicationStatus;
import lu.creativecluster.domain.mission.Mission;
import lu.creativecluster.domain.mission.MissionStatus;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * Test fake of {@link ExportMarkets}, counting over the in-memory members and missions: the
 * reference the SQL adapter is held to by the contract test.
 */
public final class InMemoryExportMarkets implements ExportMarkets {

  private final InMemoryMembers members;
  private final InMemoryMissions missions;

  public InMemoryExportMarkets(InMemoryMembers members, InMemoryMissions missions) {
    this.members = members;
    this.missions = missions;
  }

  @Override
  public ExportFigures figures() {
    List<Member> active = members.byStatus(MemberStatus.ACTIVE);
    Map<CountryCode, long[]> markets = new TreeMap<>(Comparator.comparing(CountryCode::alpha2));
    Map<String, MarketSectorFigure> bySector = new TreeMap<>();
    long exporting = 0;
    long wanting = 0;
    for (Member member : active) {
      ExportProfile export = member.profile().export();
      exporting += export.marketsServed().isEmpty() ? 0 : 1;
      wanting += export.marketsWanted().isEmpty() ? 0 : 1;
      for (CountryCode market : export.marketsServed()) {
        markets.computeIfAbsent(market, m -> new long[3])[0]++;
        count(bySector, market, member.profile().sectors().all(), 1, 0);
      }
      for (CountryCode market : export.marketsWanted()) {
        markets.computeIfAbsent(market, m -> new long[3])[1]++;
        count(bySector, market, member.profile().sectors().all(), 0, 1);
      }
    }
    Map<CountryCode, Set<MemberId>> participants = new HashMap<>();
    for (Mission mission : missions.all()) {
      if (mission.status() == MissionStatus.CANCELLED) {
        continue;
      }
      mission.applications().stream()
          .filter(a -> a.status() == ApplicationStatus.SELECTED)
          .forEach(
              a ->
                  participants
                      .computeIfAbsent(mission.plan().destinationCountry(), c -> new HashSet<>())
                      .add(a.member()));
    }
    participants.forEach(
        (market, who) -> markets.computeIfAbsent(market, m -> new long[3])[2] = who.size());
    List<MarketFigure> figures = new ArrayList<>();
    markets.forEach((market, n) -> figures.add(new MarketFigure(market, n[0], n[1], n[2])));
    return new ExportFigures(
        active.size(), exporting, wanting, figures, List.copyOf(bySector.values()));
  }

  private static void count(
      Map<String, MarketSectorFigure> bySector,
      CountryCode market,
      List<SectorCode> sectors,
      long serving,
      long wanting) {
    for (SectorCode sector : sectors) {
      bySector.merge(
          market.alpha2() + "/" + sector.value(),
          new MarketSectorFigure(market, sector, serving, wanting),
          (a, b) ->
              new MarketSectorFigure(
                  market, sector, a.serving() + b.serving(), a.wanting() + b.wanting()));
    }
  }

  @Override
  public List<MarketMember> membersIn(CountryCode market) {
    return members.byStatus(MemberStatus.ACTIVE).stream()
        .filter(
            m ->
                m.profile().export().marketsServed().contains(market)
                    || m.profile().export().marketsWanted().contains(market))
        .map(
            m ->
                new MarketMember(
                    m.id(),
                    m.slug(),
                    m.displayName(),
                    m.profile().sectors().all(),
                    m.profile().export().marketsServed().contains(market),
                    m.profile().export().marketsWanted().contains(market),
                    m.profile().export().wantsExportHelp()))
        .sorted(MARKET_MEMBER_ORDER)
        .toList();
  }

  /** By name, case ignored, then id: the order every adapter lists market members in. */
  public static final Comparator<MarketMember> MARKET_MEMBER_ORDER =
      Comparator.comparing(MarketMember::displayName, String.CASE_INSENSITIVE_ORDER)
          .thenComparing(m -> m.id().value().toString());
}
