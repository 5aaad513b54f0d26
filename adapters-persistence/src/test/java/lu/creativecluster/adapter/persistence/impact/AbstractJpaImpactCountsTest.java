package lu.creativecluster.adapter.persistence.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import lu.creativecluster.adapter.persistence.project.ProjectsForTests;
import lu.creativecluster.adapter.persistence.store.TestStore;
import lu.creativecluster.application.port.in.impact.VisitTally;
import lu.creativecluster.application.port.out.impact.ImpactTallies;
import lu.creativecluster.application.port.out.project.SampleProject;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.project.Project;
import lu.creativecluster.domain.project.ProjectId;
import lu.creativecluster.domain.project.ProjectStatus;
import lu.creativecluster.domain.project.ProjectVisibility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Test base: the impact counts and the daily visit rows on a real database migrated by the
 * production changelog: the one big statement runs on both dialects, volumes add up exactly, and
 * visit rows merge (views add, first and last view widen).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractJpaImpactCountsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 5, 4);
  private static final Instant NINE = Instant.parse("2026-05-04T07:00:00Z");

  private TestStore store;

  protected abstract TestStore startStore();

  @BeforeAll
  void start() {
    store = startStore();
  }

  @AfterAll
  void stop() {
    if (store != null) {
      store.close();
    }
  }

  @BeforeEach
  void emptyTables() {
    store.empty("project_member", "project", "site_visit_day");
  }

  private ImpactTallies count2026() {
    return store.inTransaction(
        () ->
            new JpaImpactCounts(store::entityManager)
                .count(
                    Instant.parse("2025-12-31T23:00:00Z"),
                    Instant.parse("2026-12-31T23:00:00Z"),
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2027, 1, 1)));
  }

  private void project(String volume, ProjectVisibility visibility, ProjectStatus... path) {
    Project p =
        Project.propose(
            ProjectId.newId(),
            SampleProject.details("P" + volume, visibility, volume, MemberId.newId()),
            SampleProject.T0);
    for (ProjectStatus step : path) {
      p.moveTo(step, SampleProject.T0);
    }
    store.inTransaction(() -> ProjectsForTests.add(store, p));
  }

  @Test
  void projectsStarted_countOnlyRunningOrCompletedOnes_andTheirVolumesAddUpExactly() {
    project("0.10", ProjectVisibility.PUBLIC, ProjectStatus.MATCHING, ProjectStatus.RUNNING);
    project(
        "0.20",
        ProjectVisibility.PUBLIC,
        ProjectStatus.MATCHING,
        ProjectStatus.RUNNING,
        ProjectStatus.COMPLETED);
    project(
        "1000.05", ProjectVisibility.CONFIDENTIAL, ProjectStatus.MATCHING, ProjectStatus.RUNNING);
    project("5000.00", ProjectVisibility.PUBLIC); // an idea: not started

    ImpactTallies t = count2026();

    assertEquals(3, t.projectsStarted());
    assertEquals(new BigDecimal("0.30"), t.publicVolume().setScale(2));
    assertEquals(new BigDecimal("1000.35"), t.totalVolume().setScale(2));
    assertEquals(0, t.activeMembers());
    assertEquals(0, t.inquiriesReceived());
    assertEquals(List.of(), t.answerTimes());
  }

  @Test
  void visitRows_mergeByVisitorAndDay_andAddUpToVisitorsViewsAndSeconds() {
    String a = "0123456789abcdef0123456789abcdef";
    String b = "fedcba9876543210fedcba9876543210";
    JpaSiteVisits visits = new JpaSiteVisits(store::entityManager);
    store.inTransaction(
        () ->
            visits.add(
                List.of(
                    new VisitTally(DAY, a, NINE, NINE.plusSeconds(60), 2),
                    new VisitTally(DAY, b, NINE, NINE, 1))));
    store.inTransaction(
        () ->
            visits.add(
                List.of(new VisitTally(DAY, a, NINE.plusSeconds(30), NINE.plusSeconds(300), 3))));

    ImpactTallies t = count2026();

    assertEquals(2, t.visitorDays());
    assertEquals(6, t.pageViews());
    assertEquals(300, t.visitSeconds());
    assertEquals(
        1, store.count("SELECT COUNT(*) FROM site_visit_day WHERE visitor_key = '" + a + "'"));
  }

  @Test
  void aPeriodWithNothing_countsZeroEverywhere() {
    ImpactTallies t = count2026();
    assertEquals(0, t.projectsStarted());
    assertEquals(BigDecimal.ZERO, t.publicVolume());
    assertEquals(0, t.visitorDays());
    assertEquals(0, t.pageViews());
    assertEquals(0, t.eventsHeld());
    assertEquals(0, t.missions());
  }
}
