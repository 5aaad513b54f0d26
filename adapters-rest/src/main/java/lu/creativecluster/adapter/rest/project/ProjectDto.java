package lu.creativecluster.adapter.rest.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lu.creativecluster.domain.project.Project;
import lu.creativecluster.domain.project.ProjectDetails;
import lu.creativecluster.domain.shared.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** REST DTO: one project with its texts in every language, as staff also send it back. */
@Schema(name = "Project", description = "A cross-sector project")
public record ProjectDto(
    @Schema(required = true, format = "uuid") String id,
    @Schema(required = true, description = "de, fr and en") Map<String, String> title,
    @Schema(required = true, description = "de, fr and en") Map<String, String> description,
    @Schema(
            required = true,
            enumeration = {"cross-sector-innovation", "commission", "research", "export"})
        String kind,
    @Schema(
            required = true,
            enumeration = {"idea", "matching", "running", "completed", "abandoned"})
        String status,
    @Schema(required = true, description = "The creative members in it (public profiles)")
        List<CreativeDto> creatives,
    @Schema(required = true) PartnerDto partner,
    @Schema(required = true, format = "date") LocalDate start,
    @Schema(format = "date", description = "Absent while unknown") LocalDate end,
    @Schema(
            required = true,
            description = "Volume in EUR, exact to the cent (a JSON number with 2 decimals)",
            example = "12500.50")
        BigDecimal volume,
    @Schema(
            required = true,
            enumeration = {"initiated", "matched", "supported"})
        String clusterRole,
    @Schema(
            required = true,
            enumeration = {"public", "confidential"})
        String visibility,
    @Schema(required = true) Instant createdAt,
    @Schema(required = true) Instant statusChangedAt) {

  /** REST DTO: a creative member of a project. */
  @Schema(name = "ProjectCreative")
  public record CreativeDto(
      @Schema(required = true, description = "The member's slug") String slug,
      @Schema(required = true) String name) {}

  /** REST DTO: the partner organisation of a project (it need not be a member). */
  @Schema(name = "ProjectPartner")
  public record PartnerDto(
      @Schema(required = true) String name,
      @Schema(required = true) String industry,
      @Schema(
              required = true,
              enumeration = {"1", "2-9", "10-49", "50-249", "250+"})
          String sizeBand) {}

  static ProjectDto from(Project p, List<CreativeDto> creatives) {
    ProjectDetails d = p.details();
    return new ProjectDto(
        p.id().toString(),
        texts(d.title().values()),
        texts(d.description().values()),
        d.kind().code(),
        p.status().code(),
        creatives,
        new PartnerDto(d.partner().name(), d.partner().industry(), d.partner().sizeBand().code()),
        d.period().start(),
        d.period().end().orElse(null),
        d.volume().value(),
        d.clusterRole().code(),
        d.visibility().code(),
        p.createdAt(),
        p.statusChangedAt());
  }

  private static Map<String, String> texts(Map<Language, String> values) {
    return Map.of(
        "de",
        values.get(Language.DE),
        "fr",
        values.get(Language.FR),
        "en",
        values.get(Language.EN));
  }
}
