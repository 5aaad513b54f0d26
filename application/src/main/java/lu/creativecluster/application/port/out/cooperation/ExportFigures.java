package lu.creativecluster.application.port.out.cooperation;

import java.util.List;
import java.util.Objects;

/**
 * Read model: the cluster's export figures, counted over active members only.
 *
 * @param activeMembers every active member
 * @param exportingMembers active members serving at least one market abroad
 * @param wantingMembers active members wanting at least one market
 * @param markets every market some active member serves or wants, or a mission went to
 * @param bySector every market and sector with at least one member serving or wanting it
 */
public record ExportFigures(
    long activeMembers,
    long exportingMembers,
    long wantingMembers,
    List<MarketFigure> markets,
    List<MarketSectorFigure> bySector) {

  public ExportFigures {
    markets = List.copyOf(Objects.requireNonNull(markets, "markets"));
    bySector = List.copyOf(Objects.requireNonNull(bySector, "bySector"));
  }
}
