package lu.creativecluster.adapter.rest.cooperation;

import java.time.LocalDate;
import java.util.List;
import lu.creativecluster.application.port.in.mission.MissionSummary;
import lu.creativecluster.domain.mission.MissionPlan;
import lu.creativecluster.domain.mission.MissionText;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** REST DTO: a mission abroad in a list, its texts in the language the caller asked for. */
@Schema(name = "MissionSummary", description = "A mission abroad, with the places left")
public record MissionSummaryDto(
    @Schema(required = true, description = "Stable identifier (UUID)") String id,
    @Schema(required = true) String title,
    @Schema(
            required = true,
            description =
                "state-visit, economic-mission, trade-fair, study-trip or b2b-matchmaking",
            example = "trade-fair")
        String kind,
    @Schema(
            required = true,
            description = "planned (staff only), open, closed, completed or cancelled",
            example = "open")
        String status,
    @Schema(required = true, description = "Destination, ISO 3166-1 alpha-2", example = "FR")
        String country,
    @Schema(required = true, example = "Paris") String city,
    @Schema(required = true, description = "First day") LocalDate start,
    @Schema(required = true, description = "Last day") LocalDate end,
    @Schema(required = true, description = "Last day members may apply")
        LocalDate applicationDeadline,
    @Schema(required = true, description = "cluster, ministry or partner") String organiserKind,
    @Schema(required = true) String organiser,
    @Schema(required = true, description = "Sector codes targeted; empty: every sector")
        List<String> targetSectors,
    @Schema(required = true, description = "How many members it takes") int capacity,
    @Schema(required = true, description = "Places not yet given to a selected member")
        int placesLeft) {

  static MissionSummaryDto from(MissionSummary mission, Language language) {
    MissionPlan plan = mission.plan();
    MissionText text = plan.texts().in(language);
    return new MissionSummaryDto(
        mission.id().toString(),
        text.title(),
        plan.kind().code(),
        mission.status().code(),
        plan.destinationCountry().alpha2(),
        plan.destinationCity(),
        plan.dates().start(),
        plan.dates().end(),
        plan.dates().applicationDeadline(),
        plan.organiser().kind().code(),
        plan.organiser().name(),
        plan.targetSectors().stream().map(SectorCode::value).toList(),
        plan.capacity(),
        mission.placesLeft());
  }
}
