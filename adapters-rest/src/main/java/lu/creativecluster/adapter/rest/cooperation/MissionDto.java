package lu.creativecluster.adapter.rest.cooperation;

import java.util.List;
import lu.creativecluster.application.port.in.mission.MissionView;
import lu.creativecluster.application.port.in.mission.Participant;
import lu.creativecluster.domain.shared.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * REST DTO: one mission with its description and the participants who agreed to be listed. The
 * applications themselves (motivations) stay on the staff pages: the API is read by partners.
 */
@Schema(name = "Mission", description = "A mission abroad with its publicly listed participants")
public record MissionDto(
    @Schema(required = true) MissionSummaryDto mission,
    @Schema(required = true) String description,
    @Schema(required = true, description = "Selected members that agreed to be named")
        List<ParticipantDto> participants) {

  static MissionDto from(MissionView view, Language language) {
    return new MissionDto(
        MissionSummaryDto.from(view.mission(), language),
        view.mission().plan().texts().in(language).description(),
        view.participants().stream().map(ParticipantDto::from).toList());
  }

  /** REST DTO: a participant, with the slug of its public profile (GET /api/v1/members/{slug}). */
  @Schema(name = "MissionParticipant")
  public record ParticipantDto(
      @Schema(required = true, description = "The member's slug") String slug,
      @Schema(required = true) String name) {

    static ParticipantDto from(Participant p) {
      return new ParticipantDto(p.slug().toString(), p.displayName());
    }
  }
}
