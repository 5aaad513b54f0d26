package lu.creativecluster.adapter.rest.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import lu.creativecluster.domain.project.Project;
import lu.creativecluster.domain.project.ProjectDetails;
import lu.creativecluster.domain.shared.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** REST DTO: a project in a list. */
@Schema(name = "ProjectSummary", description = "A project in a list")
public record ProjectSummaryDto(
    @Schema(required = true, format = "uuid") String id,
    @Schema(required = true) String title,
    @Schema(
            required = true,
            enumeration = {"cross-sector-innovation", "commission", "research", "export"})
        String kind,
    @Schema(
            required = true,
            enumeration = {"idea", "matching", "running", "completed", "abandoned"})
        String status,
    @Schema(required = true, description = "The partner company or institution") String partner,
    @Schema(required = true, format = "date") LocalDate start,
    @Schema(format = "date", description = "Absent while unknown") LocalDate end,
    @Schema(
            required = true,
            description = "Volume in EUR, exact to the cent (a JSON number with 2 decimals)",
            example = "12500.50")
        BigDecimal volume,
    @Schema(
            required = true,
            enumeration = {"public", "confidential"})
        String visibility) {

  static ProjectSummaryDto from(Project p, Language language) {
    ProjectDetails d = p.details();
    return new ProjectSummaryDto(
        p.id().toString(),
        d.title().in(language),
        d.kind().code(),
        p.status().code(),
        d.partner().name(),
        d.period().start(),
        d.period().end().orElse(null),
        d.volume().value(),
        d.visibility().code());
  }
}
