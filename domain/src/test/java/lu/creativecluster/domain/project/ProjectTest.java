package lu.creativecluster.domain.project;

import static lu.creativecluster.domain.project.ProjectSamples.CREATIVE;
import static lu.creativecluster.domain.project.ProjectSamples.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.TeamSizeBand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProjectTest {

  private static final Instant T1 = T0.plusSeconds(86_400);

  @Test
  void aNewProject_isAnIdea_atVersionZero() {
    Project project = ProjectSamples.idea();

    assertEquals(ProjectStatus.IDEA, project.status());
    assertEquals(T0, project.createdAt());
    assertEquals(0, project.version());
    assertTrue(project.involves(CREATIVE));
    assertFalse(project.involves(MemberId.newId()));
  }

  @Test
  void aProject_goesFromIdeaThroughMatchingAndRunning_toCompleted() {
    Project project = ProjectSamples.idea();

    project.moveTo(ProjectStatus.MATCHING, T1);
    project.moveTo(ProjectStatus.RUNNING, T1);
    project.moveTo(ProjectStatus.COMPLETED, T1.plusSeconds(60));

    assertEquals(ProjectStatus.COMPLETED, project.status());
    assertEquals(T1.plusSeconds(60), project.statusChangedAt());
  }

  @ParameterizedTest
  @EnumSource(
      value = ProjectStatus.class,
      names = {"IDEA", "MATCHING", "RUNNING"})
  void anUnfinishedProject_mayBeAbandoned(ProjectStatus from) {
    Project project =
        Project.reconstitute(
            ProjectId.newId(), ProjectSamples.details(ProjectVisibility.PUBLIC), from, T0, T0, 3);

    project.moveTo(ProjectStatus.ABANDONED, T1);

    assertEquals(ProjectStatus.ABANDONED, project.status());
  }

  @Test
  void skippingAStepOrGoingBack_isRefused_andChangesNothing() {
    Project project = ProjectSamples.idea();

    IllegalProjectTransitionException skip =
        assertThrows(
            IllegalProjectTransitionException.class,
            () -> project.moveTo(ProjectStatus.RUNNING, T1));
    assertEquals(ProjectStatus.IDEA, skip.from());
    assertEquals(ProjectStatus.RUNNING, skip.to());
    assertEquals(ProjectStatus.IDEA, project.status());
    assertEquals(T0, project.statusChangedAt());

    project.moveTo(ProjectStatus.MATCHING, T1);
    assertThrows(
        IllegalProjectTransitionException.class, () -> project.moveTo(ProjectStatus.IDEA, T1));
    assertThrows(
        IllegalProjectTransitionException.class, () -> project.moveTo(ProjectStatus.MATCHING, T1));
  }

  @ParameterizedTest
  @EnumSource(
      value = ProjectStatus.class,
      names = {"COMPLETED", "ABANDONED"})
  void aFinishedProject_movesNoMore(ProjectStatus end) {
    Project project =
        Project.reconstitute(
            ProjectId.newId(), ProjectSamples.details(ProjectVisibility.PUBLIC), end, T0, T0, 1);

    for (ProjectStatus target : ProjectStatus.values()) {
      assertThrows(IllegalProjectTransitionException.class, () -> project.moveTo(target, T1));
    }
    assertTrue(end.isFinal());
    assertEquals(end, project.status());
  }

  @Test
  void anEndBeforeTheStart_isRefused_butTheSameDayOrAnOpenEndIsFine() {
    LocalDate start = LocalDate.of(2026, 5, 10);

    assertThrows(IllegalArgumentException.class, () -> ProjectPeriod.of(start, start.minusDays(1)));
    assertEquals(start, ProjectPeriod.of(start, start).end().orElseThrow());
    assertTrue(ProjectPeriod.openFrom(start).end().isEmpty());
  }

  @Test
  void aProjectWithoutCreatives_isRefused() {
    ProjectDetails sample = ProjectSamples.details(ProjectVisibility.PUBLIC);

    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ProjectDetails(
                sample.title(),
                sample.description(),
                sample.kind(),
                Set.of(),
                sample.partner(),
                sample.period(),
                sample.volume(),
                sample.clusterRole(),
                sample.visibility()));
  }

  @Test
  void aPartnerHasANameAndAnIndustry() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new PartnerOrganisation(" ", "Logistics", TeamSizeBand.SMALL));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PartnerOrganisation("Port", "Logi\nstics", TeamSizeBand.SMALL));
    assertEquals(
        "Port", new PartnerOrganisation("  Port ", "Logistics", TeamSizeBand.SMALL).name());
  }

  @Test
  void revisingAProject_keepsItsStatus_andVisibilityDecidesWhetherItIsPublic() {
    Project project = ProjectSamples.idea();
    project.moveTo(ProjectStatus.MATCHING, T1);
    assertTrue(project.isPublic());

    project.revise(ProjectSamples.details(ProjectVisibility.CONFIDENTIAL));

    assertFalse(project.isPublic());
    assertEquals(ProjectStatus.MATCHING, project.status());
  }

  @Test
  void statusCodes_readBack() {
    for (ProjectStatus status : ProjectStatus.values()) {
      assertEquals(status, ProjectStatus.fromCode(status.code()).orElseThrow());
    }
    assertEquals(ProjectKind.EXPORT, ProjectKind.fromCode("export").orElseThrow());
    assertTrue(ClusterRole.fromCode("nonsense").isEmpty());
  }
}
