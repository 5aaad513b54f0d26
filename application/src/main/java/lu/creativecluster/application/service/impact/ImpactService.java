package lu.creativecluster.application.service.impact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import lu.creativecluster.application.port.in.impact.ImpactFigures;
import lu.creativecluster.application.port.in.impact.ImpactPeriod;
import lu.creativecluster.application.port.in.impact.ImpactReport;
import lu.creativecluster.application.port.in.impact.ImpactSettings;
import lu.creativecluster.application.port.in.impact.ShowImpactUseCase;
import lu.creativecluster.application.port.out.impact.ImpactCounts;
import lu.creativecluster.application.port.out.impact.ImpactTallies;
import lu.creativecluster.application.service.inquiry.InquiryFiguresService;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.project.EuroAmount;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * Use case service: the impact figures, counted by the store per period and per year of it.
 *
 * <p>Freshness rule: a report is counted at most once per {@link ImpactSettings#freshness()} (60 s
 * by default) per period and audience, then served from memory, so a busy dashboard costs a few
 * grouped queries a minute rather than a few per request. At most {@value #MAX_CACHED} periods are
 * kept; beyond that the memory is emptied (arbitrary periods from the API cannot grow it).
 */
@ApplicationScoped
@Transactional
public class ImpactService implements ShowImpactUseCase {

  static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");
  static final int MAX_CACHED = 200;

  private final ImpactCounts counts;
  private final ImpactSettings settings;
  private final Clock clock;
  private final Map<Key, ImpactReport> cache = new ConcurrentHashMap<>();
  // Lock stripes rather than one lock per key: keys come from any period the API is asked for.
  private final Object[] counting = stripes(16);

  private record Key(ImpactPeriod period, boolean full) {}

  /** For CDI's client proxy only. */
  protected ImpactService() {
    this(null, null, null);
  }

  @Inject
  public ImpactService(ImpactCounts counts, ImpactSettings settings, Clock clock) {
    this.counts = counts;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public boolean seesAll(Actor actor) {
    if (actor.kind() == Actor.Kind.PERSON) {
      return actor.has(Role.STAFF) || actor.has(Role.ADMIN);
    }
    return actor.kind() == Actor.Kind.PARTNER && actor.hasScope(READ_SCOPE);
  }

  @Override
  public ImpactReport report(Actor actor, ImpactPeriod period) {
    Key key = new Key(period, seesAll(actor));
    ImpactReport cached = fresh(key, clock.instant());
    if (cached != null) {
      return cached;
    }
    // One counter per key at a time: when the figures expire under load, every request would
    // otherwise count the same grouped queries at once (sixteen dashboards counting five years
    // each took the page from a few requests a second to none). The others wait, then read
    // what it counted.
    synchronized (counting[Math.floorMod(key.hashCode(), counting.length)]) {
      Instant now = clock.instant();
      cached = fresh(key, now);
      if (cached != null) {
        return cached;
      }
      ImpactReport counted = count(key, now);
      if (cache.size() >= MAX_CACHED) {
        cache.clear();
      }
      cache.put(key, counted);
      return counted;
    }
  }

  private ImpactReport fresh(Key key, Instant now) {
    ImpactReport cached = cache.get(key);
    return cached != null && !cached.countedAt().plus(settings.freshness()).isBefore(now)
        ? cached
        : null;
  }

  private ImpactReport count(Key key, Instant now) {
    List<ImpactFigures> years = new ArrayList<>();
    List<ImpactPeriod> parts = key.period().years();
    if (parts.size() > 1) {
      for (ImpactPeriod year : parts) {
        years.add(figures(year, key.full(), now));
      }
    }
    ImpactFigures total = figures(key.period(), key.full(), now);
    if (parts.size() == 1) {
      years.add(total);
    }
    return new ImpactReport(total, years, key.full(), now);
  }

  ImpactFigures figures(ImpactPeriod period, boolean full, Instant now) {
    Instant from = period.from().atStartOfDay(LUXEMBOURG).toInstant();
    LocalDate dayAfter = period.to().plusDays(1);
    Instant to = dayAfter.atStartOfDay(LUXEMBOURG).toInstant();
    ImpactTallies t = counts.count(from, min(to, now), period.from(), dayAfter);
    return figures(period, t, full ? counts.projectsStarted(period.from(), dayAfter) : null);
  }

  /** Turns the store's counts into the figures; the arithmetic the tests check. */
  ImpactFigures figures(
      ImpactPeriod period, ImpactTallies t, List<ImpactFigures.ProjectLine> projects) {
    boolean full = projects != null;
    List<Duration> times = t.answerTimes().stream().sorted().toList();
    Map<SectorCode, Long> bySector =
        new TreeMap<>(java.util.Comparator.comparing(SectorCode::value));
    t.membersBySector().forEach((code, n) -> bySector.put(new SectorCode(code), n));
    Map<CountryCode, Long> byCountry =
        new TreeMap<>(java.util.Comparator.comparing(CountryCode::alpha2));
    t.partnersByCountry().forEach((code, n) -> byCountry.put(CountryCode.of(code), n));
    return new ImpactFigures(
        period,
        t.activeMembers(),
        t.newMembers(),
        bySector,
        t.activeMembers() + t.otherPeople(),
        t.inquiriesReceived(),
        times.size(),
        InquiryFiguresService.median(times),
        t.projectsStarted(),
        euros(t.publicVolume()),
        full ? Optional.of(euros(t.totalVolume())) : Optional.empty(),
        settings.yearlyProjectGoal() * yearsTouched(period),
        t.missions(),
        t.missionParticipants(),
        byCountry,
        t.eventsHeld(),
        t.attendance(),
        t.visitorDays(),
        t.pageViews(),
        t.visitorDays() == 0
            ? Duration.ZERO
            : Duration.ofSeconds(Math.round((double) t.visitSeconds() / t.visitorDays())),
        full ? projects : List.of());
  }

  private static Object[] stripes(int n) {
    Object[] locks = new Object[n];
    for (int i = 0; i < n; i++) {
      locks[i] = new Object();
    }
    return locks;
  }

  static int yearsTouched(ImpactPeriod period) {
    return period.to().getYear() - period.from().getYear() + 1;
  }

  private static EuroAmount euros(BigDecimal value) {
    return value == null ? EuroAmount.ZERO : new EuroAmount(value);
  }

  /** Events "held" and visits up to now: a period reaching into the future counts nothing there. */
  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
