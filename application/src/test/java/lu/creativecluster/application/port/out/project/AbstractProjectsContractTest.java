package lu.creativecluster.application.port.out.project;

import static lu.creativecluster.application.port.out.project.SampleProject.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.TeamSizeBand;
import lu.creativecluster.domain.project.ClusterRole;
import lu.creativecluster.domain.project.EuroAmount;
import lu.creativecluster.domain.project.PartnerOrganisation;
import lu.creativecluster.domain.project.Project;
import lu.creativecluster.domain.project.ProjectDetails;
import lu.creativecluster.domain.project.ProjectId;
import lu.creativecluster.domain.project.ProjectKind;
import lu.creativecluster.domain.project.ProjectPeriod;
import lu.creativecluster.domain.project.ProjectStatus;
import lu.creativecluster.domain.project.ProjectVisibility;
import lu.creativecluster.domain.shared.Language;
import lu.creativecluster.domain.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * Contract test: what every adapter of the {@link Projects} port must do (the in-memory reference
 * in this module; JPA on H2 and PostgreSQL in adapters-persistence). Each test starts on an empty
 * store.
 */
public abstract class AbstractProjectsContractTest {

  private final MemberId anna = MemberId.newId();
  private final MemberId ben = MemberId.newId();

  /** The adapter under test, on an empty, migrated store. */
  protected abstract Projects projects();

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

  private Project stored(Project project) {
    inTransaction(() -> projects().add(project));
    return projects().byId(project.id()).orElseThrow();
  }

  @Test
  void aStoredProject_readsBackAsItWasRecorded_toTheCent() {
    ProjectDetails details =
        new ProjectDetails(
            LocalizedText.of("Licht", "Lumière", "Light"),
            LocalizedText.of("Zeilen\nmehr", "Lignes", "Lines"),
            ProjectKind.RESEARCH,
            Set.of(anna, ben),
            new PartnerOrganisation("Université du Luxembourg", "Research", TeamSizeBand.LARGE),
            ProjectPeriod.openFrom(LocalDate.of(2026, 1, 31)),
            EuroAmount.parse("1234567.89"),
            ClusterRole.INITIATED,
            ProjectVisibility.CONFIDENTIAL);
    Project project = Project.propose(ProjectId.newId(), details, T0);

    Project read = stored(project);

    assertEquals(details, read.details());
    assertEquals("Lumière", read.details().title().in(Language.FR));
    assertEquals("1234567.89", read.details().volume().toString());
    assertEquals(2, read.details().volume().value().scale());
    assertEquals(ProjectStatus.IDEA, read.status());
    assertEquals(T0, read.createdAt());
    assertEquals(T0, read.statusChangedAt());
    assertEquals(0, read.version());
  }

  @Test
  void savingAChange_raisesTheVersion_andKeepsTheNewStatusAndDetails() {
    Project project = stored(SampleProject.project("Harbour", ProjectVisibility.PUBLIC, T0, anna));
    project.moveTo(ProjectStatus.MATCHING, T0.plusSeconds(60));
    project.revise(
        SampleProject.details("Harbour 2", ProjectVisibility.PUBLIC, "10.10", anna, ben));

    inTransaction(() -> projects().save(project));
    Project read = projects().byId(project.id()).orElseThrow();

    assertEquals(1, read.version());
    assertEquals(ProjectStatus.MATCHING, read.status());
    assertEquals(T0.plusSeconds(60), read.statusChangedAt());
    assertEquals(Set.of(anna, ben), read.details().creatives());
    assertEquals(EuroAmount.parse("10.10"), read.details().volume());
  }

  @Test
  void savingFromAnOutdatedVersion_isRefused_andChangesNothing() {
    Project project = stored(SampleProject.project("Harbour", ProjectVisibility.PUBLIC, T0, anna));
    Project first = projects().byId(project.id()).orElseThrow();
    Project second = projects().byId(project.id()).orElseThrow();
    first.moveTo(ProjectStatus.MATCHING, T0);
    inTransaction(() -> projects().save(first));

    second.moveTo(ProjectStatus.ABANDONED, T0);
    assertThrows(
        ConcurrentUpdateException.class, () -> inTransaction(() -> projects().save(second)));

    assertEquals(ProjectStatus.MATCHING, projects().byId(project.id()).orElseThrow().status());
  }

  @Test
  void publicOnes_leaveConfidentialProjectsOut_newestFirst() {
    Project older = stored(SampleProject.project("Older", ProjectVisibility.PUBLIC, T0, anna));
    stored(
        SampleProject.project("Secret", ProjectVisibility.CONFIDENTIAL, T0.plusSeconds(1), anna));
    Project newer =
        stored(SampleProject.project("Newer", ProjectVisibility.PUBLIC, T0.plusSeconds(2), ben));

    assertEquals(
        List.of(newer.id(), older.id()),
        projects().publicOnes().stream().map(Project::id).toList());
    assertEquals(3, projects().all().size());
    assertEquals("Newer", projects().all().get(0).details().title().in(Language.EN));
  }

  @Test
  void involvingAny_findsTheProjectsOfTheseMembers_confidentialOnesToo() {
    Project annas = stored(SampleProject.project("A", ProjectVisibility.CONFIDENTIAL, T0, anna));
    Project both =
        stored(SampleProject.project("AB", ProjectVisibility.PUBLIC, T0.plusSeconds(1), anna, ben));
    stored(SampleProject.project("C", ProjectVisibility.PUBLIC, T0, MemberId.newId()));

    assertEquals(
        List.of(both.id(), annas.id()),
        projects().involvingAny(List.of(anna)).stream().map(Project::id).toList());
    assertEquals(
        List.of(both.id()),
        projects().involvingAny(List.of(ben)).stream().map(Project::id).toList());
    assertEquals(2, projects().involvingAny(List.of(anna, ben)).size());
    assertTrue(projects().involvingAny(List.of(MemberId.newId())).isEmpty());
    assertTrue(projects().involvingAny(List.of()).isEmpty());
  }

  @Test
  void anUnknownProject_isEmpty() {
    assertTrue(projects().byId(ProjectId.newId()).isEmpty());
  }
}
