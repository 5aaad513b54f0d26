package lu.creativecluster.adapter.rest.cooperation;

import java.time.LocalDate;
import java.util.List;
import lu.creativecluster.domain.cooperation.Cooperation;
import lu.creativecluster.domain.cooperation.PartnerOrganisation;
import lu.creativecluster.domain.member.LanguageTag;
import lu.creativecluster.domain.member.WebLink;
import lu.creativecluster.domain.sector.SectorCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * REST DTO: a partner organisation abroad with its cooperations. The contact person is left out: a
 * person abroad never agreed to be published by the cluster, so staff keep that for themselves.
 */
@Schema(
    name = "Partner",
    description = "A partner organisation abroad and the cooperations with it")
public record PartnerDto(
    @Schema(required = true, description = "Stable identifier") String id,
    @Schema(required = true, example = "Creative Region Saar") String name,
    @Schema(
            required = true,
            description = "cluster, network, chamber, agency or institution",
            example = "cluster")
        String kind,
    @Schema(required = true, description = "ISO 3166-1 alpha-2", example = "DE") String country,
    @Schema(description = "Region within the country; empty when not given") String region,
    @Schema(description = "Website; absent when not known") String website,
    @Schema(required = true, description = "Sector codes it covers") List<String> sectors,
    @Schema(required = true, description = "Languages it works in, BCP 47") List<String> languages,
    @Schema(required = true, description = "Cooperations, newest first")
        List<CooperationDto> cooperations) {

  static PartnerDto from(PartnerOrganisation partner) {
    var d = partner.details();
    return new PartnerDto(
        partner.id().toString(),
        d.name(),
        d.kind().code(),
        d.country().alpha2(),
        d.region(),
        d.website().map(WebLink::toString).orElse(null),
        d.sectors().stream().map(SectorCode::value).toList(),
        d.languages().stream().map(LanguageTag::value).toList(),
        partner.cooperations().stream().map(CooperationDto::from).toList());
  }

  /** REST DTO: one cooperation with a partner. */
  @Schema(name = "Cooperation")
  public record CooperationDto(
      @Schema(required = true, description = "Stable identifier (UUID), to revise it") String id,
      @Schema(
              required = true,
              description = "memorandum, network-membership, joint-project or exchange")
          String kind,
      @Schema(required = true) LocalDate start,
      @Schema(description = "Absent while it runs") LocalDate end,
      @Schema(required = true, description = "The cooperation's status code") String status,
      @Schema(required = true) String description,
      @Schema(required = true, description = "What was done together") List<String> activities) {

    static CooperationDto from(Cooperation c) {
      return new CooperationDto(
          c.id().toString(),
          c.kind().code(),
          c.start(),
          c.end().orElse(null),
          c.status().code(),
          c.description(),
          c.activities());
    }
  }
}
