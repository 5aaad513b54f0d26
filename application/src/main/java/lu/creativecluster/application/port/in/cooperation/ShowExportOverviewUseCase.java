package lu.creativecluster.application.port.in.cooperation;

import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.CountryCode;

/**
 * Use case: anyone sees the cluster's export overview in counts; staff (and partner systems with
 * the {@code cooperation:read} scope) also see which members serve and want each market.
 */
public interface ShowExportOverviewUseCase {

  /** The scope a partner system needs for the names behind the figures. */
  String READ_SCOPE = "cooperation:read";

  ExportOverview overview();

  /**
   * @throws lu.creativecluster.application.port.in.access.AccessDeniedException unless staff or a
   *     partner with {@link #READ_SCOPE}
   */
  MarketDetail market(Actor actor, CountryCode market);
}
