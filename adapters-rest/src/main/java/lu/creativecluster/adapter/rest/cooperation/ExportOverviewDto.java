package lu.creativecluster.adapter.rest.cooperation;

import java.time.Instant;
import java.util.List;
import lu.creativecluster.application.port.in.cooperation.ExportOverview;
import lu.creativecluster.application.port.in.cooperation.MarketDetail;
import lu.creativecluster.application.port.in.cooperation.MarketOverview;
import lu.creativecluster.application.port.out.cooperation.MarketMember;
import lu.creativecluster.domain.sector.SectorCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** REST DTO: the export overview in counts, for anyone. */
@Schema(name = "ExportOverview", description = "Who exports and which markets members want")
public record ExportOverviewDto(
    @Schema(required = true, description = "Active members counted") long activeMembers,
    @Schema(required = true, description = "Active members serving at least one market abroad")
        long exportingMembers,
    @Schema(required = true, description = "Active members wanting at least one market")
        long wantingMembers,
    @Schema(required = true, description = "exportingMembers / activeMembers, 0 to 1")
        double exportingShare,
    @Schema(required = true, description = "Markets ranked by demand (most wanted first)")
        List<MarketDto> markets,
    @Schema(required = true, description = "When the figures were counted") Instant countedAt) {

  static ExportOverviewDto from(ExportOverview o) {
    return new ExportOverviewDto(
        o.activeMembers(),
        o.exportingMembers(),
        o.wantingMembers(),
        o.exportingShare(),
        o.markets().stream().map(MarketDto::from).toList(),
        o.countedAt());
  }

  /** REST DTO: one market's counts. */
  @Schema(name = "ExportMarket")
  public record MarketDto(
      @Schema(required = true, description = "1 for the most wanted market") int rank,
      @Schema(required = true, description = "ISO 3166-1 alpha-2", example = "FR") String market,
      @Schema(required = true, description = "Members selling there today") long serving,
      @Schema(required = true, description = "Members wanting to sell there") long wanting,
      @Schema(required = true, description = "Selected members of missions there")
          long missionParticipants,
      @Schema(required = true, description = "The same counts per sector, most wanted first")
          List<SectorFigureDto> sectors) {

    static MarketDto from(MarketOverview m) {
      return new MarketDto(
          m.rank(),
          m.market().alpha2(),
          m.serving(),
          m.wanting(),
          m.missionParticipants(),
          m.sectors().stream()
              .map(s -> new SectorFigureDto(s.sector().value(), s.serving(), s.wanting()))
              .toList());
    }
  }

  /** REST DTO: a market's counts in one sector. */
  @Schema(name = "ExportSectorFigure")
  public record SectorFigureDto(
      @Schema(required = true) String sector,
      @Schema(required = true) long serving,
      @Schema(required = true) long wanting) {}

  /** REST DTO: the members behind one market's figures (staff and cooperation:read only). */
  @Schema(name = "ExportMarketMembers")
  public record MarketMembersDto(
      @Schema(required = true) MarketDto figures,
      @Schema(required = true, description = "Members selling there, by name")
          List<MarketMemberDto> serving,
      @Schema(required = true, description = "Members wanting to sell there, by name")
          List<MarketMemberDto> wanting) {

    static MarketMembersDto from(MarketDetail d) {
      return new MarketMembersDto(
          MarketDto.from(d.figures()),
          d.serving().stream().map(MarketMemberDto::from).toList(),
          d.wanting().stream().map(MarketMemberDto::from).toList());
    }
  }

  /** REST DTO: a member in a market breakdown. */
  @Schema(name = "ExportMarketMember")
  public record MarketMemberDto(
      @Schema(required = true, description = "The member's slug") String slug,
      @Schema(required = true) String name,
      @Schema(required = true) List<String> sectors,
      @Schema(required = true, description = "Asked the cluster's help to export")
          boolean wantsExportHelp) {

    static MarketMemberDto from(MarketMember m) {
      return new MarketMemberDto(
          m.slug().toString(),
          m.displayName(),
          m.sectors().stream().map(SectorCode::value).toList(),
          m.wantsExportHelp());
    }
  }
}
