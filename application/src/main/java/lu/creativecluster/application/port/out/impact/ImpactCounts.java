package lu.creativecluster.application.port.out.impact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import lu.creativecluster.application.port.in.impact.ImpactFigures.ProjectLine;

/**
 * Outbound port: the counts behind the impact figures. Adapters count in the store (COUNT, SUM and
 * GROUP BY), so the cost does not grow with loading records; instants bound timestamps, days bound
 * dates, both half-open at the end ({@code [from, to)}).
 */
public interface ImpactCounts {

  ImpactTallies count(Instant from, Instant to, LocalDate fromDay, LocalDate toDayExclusive);

  /** The projects started in the period that run or ran, by name, latest start first. */
  List<ProjectLine> projectsStarted(LocalDate fromDay, LocalDate toDayExclusive);
}
