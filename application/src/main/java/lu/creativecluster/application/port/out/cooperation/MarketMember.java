package lu.creativecluster.application.port.out.cooperation;

import java.util.List;
import java.util.Objects;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.Slug;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * Read model: an active member that serves or wants one market, as staff see it.
 *
 * @param sectors primary sector first
 */
public record MarketMember(
    MemberId id,
    Slug slug,
    String displayName,
    List<SectorCode> sectors,
    boolean serves,
    boolean wants,
    boolean wantsExportHelp) {

  public MarketMember {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(displayName, "displayName");
    sectors = List.copyOf(sectors);
    if (!serves && !wants) {
      throw new IllegalArgumentException("a market member serves or wants the market");
    }
  }
}
