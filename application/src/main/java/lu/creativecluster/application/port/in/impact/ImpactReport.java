package lu.creativecluster.application.port.in.impact;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Read model: the figures over a whole period and year by year (for trends), as one caller may see
 * them.
 *
 * @param full whether the non-public figures are filled (staff, stats:read)
 * @param countedAt when the figures were counted; they may be up to the cache's freshness old
 */
public record ImpactReport(
    ImpactFigures total, List<ImpactFigures> years, boolean full, Instant countedAt) {

  public ImpactReport {
    Objects.requireNonNull(total, "total");
    years = List.copyOf(years);
    Objects.requireNonNull(countedAt, "countedAt");
  }
}
