package lu.creativecluster.application.service.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.cooperation.ExportOverview;
import lu.creativecluster.application.port.in.cooperation.MarketDetail;
import lu.creativecluster.application.port.in.cooperation.MarketOverview;
import lu.creativecluster.application.port.in.cooperation.ShowExportOverviewUseCase;
import lu.creativecluster.application.port.out.cooperation.ExportFigures;
import lu.creativecluster.application.port.out.cooperation.ExportMarkets;
import lu.creativecluster.application.port.out.cooperation.MarketFigure;
import lu.creativecluster.application.port.out.cooperation.MarketMember;
import lu.creativecluster.application.port.out.cooperation.MarketSectorFigure;
import lu.creativecluster.application.port.out.member.MemberSearch;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.CountryCode;

/**
 * Use case service: the export overview. The counts are public and read often (a page, the API, a
 * chart), while the profiles behind them change rarely; so the counted overview is kept while the
 * member directory's generation stands (a member's change shows on the next read) and for at most
 * {@link #FRESHNESS} (a change to a mission's participants shows within that time). The names staff
 * see are never cached.
 */
@ApplicationScoped
public class ExportOverviewService implements ShowExportOverviewUseCase {

  /** How old the public figures may be. */
  public static final Duration FRESHNESS = Duration.ofSeconds(60);

  private static final Comparator<MarketFigure> BY_DEMAND =
      Comparator.comparingLong(MarketFigure::wanting)
          .reversed()
          .thenComparing(Comparator.comparingLong(MarketFigure::serving).reversed())
          .thenComparing(f -> f.market().alpha2());

  private final ExportMarkets exportMarkets;
  private final MemberSearch directory;
  private final Clock clock;
  private final AtomicReference<Counted> cached = new AtomicReference<>();

  /** An overview and the member directory's generation it was counted at. */
  private record Counted(ExportOverview overview, long generation) {}

  /** For CDI's client proxy only. */
  protected ExportOverviewService() {
    this(null, null, null);
  }

  @Inject
  public ExportOverviewService(ExportMarkets exportMarkets, MemberSearch directory, Clock clock) {
    this.exportMarkets = exportMarkets;
    this.directory = directory;
    this.clock = clock;
  }

  @Override
  public ExportOverview overview() {
    Instant now = clock.instant();
    // Read before counting: a member change committed while counting leaves this overview under
    // the older generation, so the next read counts again.
    long generation = directory.generation();
    Counted current = cached.get();
    if (current != null
        && current.generation() == generation
        && !current.overview().countedAt().plus(FRESHNESS).isBefore(now)) {
      return current.overview();
    }
    // Two requests at the same moment may both count; either result is right, the last one stays.
    ExportOverview counted = count(exportMarkets.figures(), now);
    cached.set(new Counted(counted, generation));
    return counted;
  }

  @Override
  public MarketDetail market(Actor actor, CountryCode market) {
    boolean allowed =
        CooperationAccess.isStaff(actor)
            || (actor.kind() == Actor.Kind.PARTNER && actor.hasScope(READ_SCOPE));
    if (!allowed) {
      throw new AccessDeniedException("only staff see the members behind the export figures");
    }
    ExportFigures figures = exportMarkets.figures();
    MarketOverview overview =
        count(figures, clock.instant()).markets().stream()
            .filter(m -> m.market().equals(market))
            .findFirst()
            .orElse(new MarketOverview(0, market, 0, 0, 0, List.of()));
    List<MarketMember> members = exportMarkets.membersIn(market);
    return new MarketDetail(
        overview,
        members.stream().filter(MarketMember::serves).toList(),
        members.stream().filter(MarketMember::wants).toList());
  }

  static ExportOverview count(ExportFigures figures, Instant at) {
    Map<CountryCode, List<MarketSectorFigure>> bySector =
        figures.bySector().stream().collect(Collectors.groupingBy(MarketSectorFigure::market));
    List<MarketFigure> ranked = new ArrayList<>(figures.markets());
    ranked.sort(BY_DEMAND);
    List<MarketOverview> markets = new ArrayList<>(ranked.size());
    for (int i = 0; i < ranked.size(); i++) {
      MarketFigure f = ranked.get(i);
      List<MarketSectorFigure> sectors =
          bySector.getOrDefault(f.market(), List.of()).stream()
              .sorted(
                  Comparator.comparingLong(MarketSectorFigure::wanting)
                      .reversed()
                      .thenComparing(
                          Comparator.comparingLong(MarketSectorFigure::serving).reversed())
                      .thenComparing(s -> s.sector().value()))
              .toList();
      markets.add(
          new MarketOverview(
              i + 1, f.market(), f.serving(), f.wanting(), f.missionParticipants(), sectors));
    }
    double share =
        figures.activeMembers() == 0
            ? 0
            : (double) figures.exportingMembers() / figures.activeMembers();
    return new ExportOverview(
        figures.activeMembers(),
        figures.exportingMembers(),
        figures.wantingMembers(),
        share,
        markets,
        at);
  }
}
