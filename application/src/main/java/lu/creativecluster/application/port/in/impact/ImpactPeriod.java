package lu.creativecluster.application.port.in.impact;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Query: the calendar days the impact figures cover, both included, in Luxembourg time. At most
 * {@value #MAX_YEARS} years, so no caller makes the dashboard count a century year by year.
 */
public record ImpactPeriod(LocalDate from, LocalDate to) {

  public static final int MAX_YEARS = 20;

  public ImpactPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the period does not end before it starts");
    }
    if (ChronoUnit.YEARS.between(from, to) >= MAX_YEARS) {
      throw new IllegalArgumentException("the period spans at most " + MAX_YEARS + " years");
    }
  }

  public static ImpactPeriod ofYear(int year) {
    return new ImpactPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** The period cut into calendar years (the first and last one possibly partial). */
  public List<ImpactPeriod> years() {
    List<ImpactPeriod> years = new ArrayList<>();
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      LocalDate start = year == from.getYear() ? from : LocalDate.of(year, 1, 1);
      LocalDate end = year == to.getYear() ? to : LocalDate.of(year, 12, 31);
      years.add(new ImpactPeriod(start, end));
    }
    return years;
  }
}
