package lu.creativecluster.application.port.out.impact;

import java.util.List;
import lu.creativecluster.application.port.in.impact.VisitTally;

/** Outbound port: the daily visit aggregate, one row per visitor key and day. */
public interface SiteVisits {

  /**
   * Adds the tallies to what is stored: views add up, the first view stays the earliest, the last
   * the latest.
   */
  void add(List<VisitTally> tallies);
}
