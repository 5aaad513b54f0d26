package lu.creativecluster.domain.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.TeamSizeBand;
import lu.creativecluster.domain.shared.LocalizedText;

/** Test data: projects as staff would record them. */
final class ProjectSamples {

  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  static final MemberId CREATIVE = MemberId.newId();

  private ProjectSamples() {}

  static ProjectDetails details(ProjectVisibility visibility) {
    return new ProjectDetails(
        LocalizedText.of("Licht im Hafen", "Lumière au port", "Light in the harbour"),
        LocalizedText.of("Beschreibung", "Description", "Description"),
        ProjectKind.CROSS_SECTOR_INNOVATION,
        Set.of(CREATIVE),
        new PartnerOrganisation("Port de Mertert", "Logistics", TeamSizeBand.MEDIUM),
        ProjectPeriod.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30)),
        EuroAmount.parse("48000.50"),
        ClusterRole.MATCHED,
        visibility);
  }

  static Project idea() {
    return Project.propose(ProjectId.newId(), details(ProjectVisibility.PUBLIC), T0);
  }
}
