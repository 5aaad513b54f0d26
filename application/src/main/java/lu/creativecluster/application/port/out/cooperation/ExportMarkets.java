package lu.creativecluster.application.port.out.cooperation;

import java.util.List;
import lu.creativecluster.domain.member.CountryCode;

/**
 * Outbound port: the export figures the cluster's members and missions add up to. Adapters count in
 * the store (one grouped query per figure), so the cost does not grow with loading every member.
 */
public interface ExportMarkets {

  /** The figures over every active member and every mission not cancelled. */
  ExportFigures figures();

  /** The active members serving or wanting the market, by name. */
  List<MarketMember> membersIn(CountryCode market);
}
