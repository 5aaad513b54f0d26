package lu.creativecluster.adapter.rest.member;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import lu.creativecluster.application.port.in.member.MemberSummary;
import lu.creativecluster.domain.sector.SectorCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** REST DTO: one search result, as a directory card shows it. Public fields only. */
@Schema(name = "MemberSummary")
@JsonbPropertyOrder({
  "id",
  "slug",
  "displayName",
  "kind",
  "sectors",
  "pitch",
  "commune",
  "country",
  "status",
  "memberSince"
})
public record MemberSummaryDto(
    @Schema(required = true, example = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f") String id,
    @Schema(
            required = true,
            description = "Unique part of the profile's URL: GET /api/v1/members/{slug}",
            example = "atelier-nord")
        String slug,
    @Schema(required = true, example = "Atelier Nord") String displayName,
    @Schema(
            required = true,
            enumeration = {"freelancer", "company", "association", "institution"},
            example = "company")
        String kind,
    @Schema(
            required = true,
            description = "Sector codes, the primary sector first (GET /api/v1/sectors)",
            example = "[\"design\", \"architecture\"]")
        List<String> sectors,
    @Schema(
            required = true,
            description =
                "Short pitch keyed by language (de, fr, en); a member writes it in at least one")
        Map<String, String> pitch,
    @Schema(description = "Where the member works, may be empty", example = "Esch-sur-Alzette")
        String commune,
    @Schema(required = true, description = "ISO 3166-1 alpha-2", example = "LU") String country,
    @Schema(
            required = true,
            description = "active for everyone but staff, who may search other statuses",
            example = "active")
        String status,
    @Schema(
            description = "When staff first approved the member (ISO-8601); absent until then",
            example = "2026-03-01T09:15:30Z")
        String memberSince) {

  public static MemberSummaryDto from(MemberSummary member) {
    return new MemberSummaryDto(
        member.id().toString(),
        member.slug().value(),
        member.displayName(),
        member.kind().code(),
        member.sectors().all().stream().map(SectorCode::value).toList(),
        MemberTexts.byLanguage(member.pitch()),
        member.location().commune(),
        member.location().country().alpha2(),
        member.status().code(),
        member.memberSince().map(Instant::toString).orElse(null));
  }
}
