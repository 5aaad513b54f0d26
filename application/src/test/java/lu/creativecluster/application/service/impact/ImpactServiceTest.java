package lu.creativecluster.application.service.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.application.port.in.impact.ImpactFigures;
import lu.creativecluster.application.port.in.impact.ImpactPeriod;
import lu.creativecluster.application.port.in.impact.ImpactReport;
import lu.creativecluster.application.port.in.impact.ImpactSettings;
import lu.creativecluster.application.port.out.impact.ImpactCounts;
import lu.creativecluster.application.port.out.impact.ImpactTallies;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.project.EuroAmount;
import lu.creativecluster.domain.sector.SectorCode;
import org.junit.jupiter.api.Test;

/**
 * The impact figures: the arithmetic on the store's counts, who sees what, and the freshness rule.
 */
class ImpactServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

  /** A store that answers the same counts for every period and records what it was asked. */
  private static class FakeCounts implements ImpactCounts {
    final List<Instant[]> asked = new ArrayList<>();
    ImpactTallies tallies =
        new ImpactTallies(
            10,
            3,
            Map.of("design", 4L, "music", 2L),
            5,
            7,
            List.of(
                Duration.ofHours(30),
                Duration.ofHours(2),
                Duration.ofHours(10),
                Duration.ofHours(4)),
            3,
            new BigDecimal("1000.10"),
            new BigDecimal("5000.35"),
            2,
            9,
            Map.of("FR", 2L, "DE", 1L),
            4,
            33,
            8,
            20,
            8 * 150);

    @Override
    public ImpactTallies count(Instant from, Instant to, LocalDate fromDay, LocalDate toDay) {
      asked.add(new Instant[] {from, to});
      return tallies;
    }

    @Override
    public List<ImpactFigures.ProjectLine> projectsStarted(LocalDate fromDay, LocalDate toDay) {
      return List.of(
          new ImpactFigures.ProjectLine(
              "p1", "Secret", "Bank", "running", EuroAmount.parse("4000.25"), false));
    }
  }

  private final FakeCounts counts = new FakeCounts();
  private final MutableClock clock = new MutableClock(NOW);
  private final ImpactService service = new ImpactService(counts, ImpactSettings.defaults(), clock);

  private static final Actor STAFF = Actor.person("a", "Staff", Set.of(Role.STAFF));
  private static final Actor MEMBER = Actor.person("b", "Member", Set.of(Role.MEMBER));
  private static final Actor MINISTRY = Actor.partner("ministry", Set.of("stats:read"));
  private static final Actor OTHER_PARTNER = Actor.partner("other", Set.of("cooperation:read"));

  @Test
  void theFigures_addUpFromTheCounts() {
    ImpactFigures f = service.report(Actor.visitor(), ImpactPeriod.ofYear(2026)).total();

    assertEquals(10, f.activeMembers());
    assertEquals(3, f.newMembers());
    assertEquals(15, f.community(), "members plus the other people");
    assertEquals(7, f.inquiriesReceived());
    assertEquals(4, f.inquiriesAnswered());
    // 2, 4, 10, 30 hours: the median of an even count is the mean of the middle two.
    assertEquals(Optional.of(Duration.ofHours(7)), f.medianTimeToAnswer());
    assertEquals(3, f.projectsStarted());
    assertEquals(EuroAmount.parse("1000.10"), f.publicVolume());
    assertEquals(2, f.projectGoal());
    assertEquals(1.5, f.goalProgress());
    assertEquals(3, f.partnerOrganisations());
    assertEquals(2L, f.partnersByCountry().get(CountryCode.of("FR")));
    assertEquals(4L, f.membersBySector().get(new SectorCode("design")));
    assertEquals(Duration.ofSeconds(150), f.averageVisit());
    assertEquals(20, f.pageViews());
  }

  @Test
  void visitors_andMembers_seeNoConfidentialVolume_norProjectsByName() {
    for (Actor actor : List.of(Actor.visitor(), MEMBER, OTHER_PARTNER)) {
      ImpactReport report = service.report(actor, ImpactPeriod.ofYear(2026));
      assertFalse(report.full(), actor.toString());
      assertEquals(Optional.empty(), report.total().totalVolume());
      assertEquals(List.of(), report.total().projects());
    }
  }

  @Test
  void staff_andStatsReadTokens_seeEveryFigure() {
    for (Actor actor : List.of(STAFF, MINISTRY)) {
      ImpactReport report = service.report(actor, ImpactPeriod.ofYear(2026));
      assertTrue(report.full());
      assertEquals(Optional.of(EuroAmount.parse("5000.35")), report.total().totalVolume());
      assertEquals("Secret", report.total().projects().get(0).title());
    }
  }

  @Test
  void aPeriodOverSeveralYears_hasEachYear_andAGoalForEachYearTouched() {
    ImpactReport report =
        service.report(
            Actor.visitor(), new ImpactPeriod(LocalDate.of(2024, 7, 1), LocalDate.of(2026, 3, 31)));

    assertEquals(3, report.years().size());
    assertEquals(LocalDate.of(2024, 7, 1), report.years().get(0).period().from());
    assertEquals(LocalDate.of(2025, 12, 31), report.years().get(1).period().to());
    assertEquals(LocalDate.of(2026, 3, 31), report.years().get(2).period().to());
    assertEquals(6, report.total().projectGoal());
    assertEquals(2, report.years().get(1).projectGoal());
  }

  @Test
  void daysAreLuxembourgDays_andNothingIsCountedBeyondNow() {
    service.report(Actor.visitor(), ImpactPeriod.ofYear(2026));

    Instant[] asked = counts.asked.get(0);
    assertEquals(Instant.parse("2025-12-31T23:00:00Z"), asked[0], "midnight in Luxembourg");
    assertEquals(NOW, asked[1], "the rest of the year has not happened yet");
  }

  @Test
  void figures_areCountedOncePerMinute_perPeriodAndAudience() {
    ImpactPeriod year = ImpactPeriod.ofYear(2025);
    service.report(Actor.visitor(), year);
    service.report(Actor.visitor(), year);
    clock.advance(Duration.ofSeconds(60));
    service.report(Actor.visitor(), year);
    assertEquals(1, counts.asked.size(), "fresh for 60 s");

    service.report(STAFF, year);
    assertEquals(2, counts.asked.size(), "staff's figures are counted apart");

    clock.advance(Duration.ofSeconds(1));
    service.report(Actor.visitor(), year);
    assertEquals(3, counts.asked.size(), "counted again after 60 s");
  }

  @Test
  void expiredFigures_askedByManyAtOnce_areCountedOnce() throws Exception {
    // The store is slow: every caller arrives while the first one is still counting.
    java.util.concurrent.atomic.AtomicInteger counted =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.CountDownLatch arrived = new java.util.concurrent.CountDownLatch(8);
    FakeCounts slow =
        new FakeCounts() {
          @Override
          public ImpactTallies count(Instant from, Instant to, LocalDate fromDay, LocalDate toDay) {
            counted.incrementAndGet();
            try {
              arrived.await(2, java.util.concurrent.TimeUnit.SECONDS);
              Thread.sleep(50);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return tallies;
          }
        };
    ImpactService shared = new ImpactService(slow, ImpactSettings.defaults(), clock);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<ImpactReport>> reports = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        reports.add(
            pool.submit(
                () -> {
                  arrived.countDown();
                  return shared.report(Actor.visitor(), ImpactPeriod.ofYear(2025));
                }));
      }
      ImpactReport first = reports.get(0).get(5, java.util.concurrent.TimeUnit.SECONDS);
      for (var report : reports) {
        assertSame(first, report.get(5, java.util.concurrent.TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, counted.get(), "one caller counted, the others read its figures");
  }

  @Test
  void aPeriod_endsNotBeforeItStarts_andSpansAtMostTwentyYears() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ImpactPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ImpactPeriod(LocalDate.of(2000, 1, 1), LocalDate.of(2020, 1, 1)));
  }

  @Test
  void noVisits_isNoAverage_notADivisionByZero() {
    counts.tallies =
        new ImpactTallies(
            0, 0, Map.of(), 0, 0, List.of(), 0, null, null, 0, 0, Map.of(), 0, 0, 0, 0, 0);
    ImpactFigures f = service.report(Actor.visitor(), ImpactPeriod.ofYear(2024)).total();
    assertEquals(Duration.ZERO, f.averageVisit());
    assertEquals(Optional.empty(), f.medianTimeToAnswer());
    assertEquals(EuroAmount.ZERO, f.publicVolume());
    assertEquals(0.0, f.goalProgress());
  }

  /** A clock the test moves on. */
  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
