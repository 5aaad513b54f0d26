package lu.creativecluster.application.port.in.cooperation;

import java.util.List;
import java.util.Objects;
import lu.creativecluster.application.port.out.cooperation.MarketMember;

/** Read model for staff: one market's figures and the members behind them, by name. */
public record MarketDetail(
    MarketOverview figures, List<MarketMember> serving, List<MarketMember> wanting) {

  public MarketDetail {
    Objects.requireNonNull(figures, "figures");
    serving = List.copyOf(serving);
    wanting = List.copyOf(wanting);
  }
}
