package lu.creativecluster.application.port.out.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
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
import lu.creativecluster.domain.project.ProjectVisibility;
import lu.creativecluster.domain.shared.LocalizedText;

/** Test data for the project ports and services, shared with the adapters' contract tests. */
public final class SampleProject {

  public static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  private SampleProject() {}

  public static ProjectDetails details(
      String title, ProjectVisibility visibility, String volume, MemberId... creatives) {
    return new ProjectDetails(
        LocalizedText.of(title + " (de)", title + " (fr)", title),
        LocalizedText.of("Beschreibung", "Description", "Description of " + title),
        ProjectKind.CROSS_SECTOR_INNOVATION,
        Set.of(creatives),
        new PartnerOrganisation("Port de Mertert", "Logistics", TeamSizeBand.MEDIUM),
        ProjectPeriod.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30)),
        EuroAmount.parse(volume),
        ClusterRole.MATCHED,
        visibility);
  }

  public static Project project(
      String title, ProjectVisibility visibility, Instant at, MemberId... creatives) {
    return Project.propose(
        ProjectId.newId(), details(title, visibility, "48000.50", creatives), at);
  }
}
