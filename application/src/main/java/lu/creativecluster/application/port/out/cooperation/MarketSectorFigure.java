package lu.creativecluster.application.port.out.cooperation;

import java.util.Objects;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * Read model: for one market and one sector, how many active members in that sector (primary or
 * other) serve the market and how many want it.
 */
public record MarketSectorFigure(
    CountryCode market, SectorCode sector, long serving, long wanting) {

  public MarketSectorFigure {
    Objects.requireNonNull(market, "market");
    Objects.requireNonNull(sector, "sector");
  }
}
