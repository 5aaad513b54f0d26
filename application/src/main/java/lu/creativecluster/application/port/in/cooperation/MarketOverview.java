package lu.creativecluster.application.port.in.cooperation;

import java.util.List;
import java.util.Objects;
import lu.creativecluster.application.port.out.cooperation.MarketSectorFigure;
import lu.creativecluster.domain.member.CountryCode;

/**
 * Read model: one market in the export overview: how many members serve and want it, how many took
 * part in missions there, the breakdown by sector (most wanted first), and its rank by demand.
 */
public record MarketOverview(
    int rank,
    CountryCode market,
    long serving,
    long wanting,
    long missionParticipants,
    List<MarketSectorFigure> sectors) {

  public MarketOverview {
    Objects.requireNonNull(market, "market");
    sectors = List.copyOf(sectors);
  }
}
