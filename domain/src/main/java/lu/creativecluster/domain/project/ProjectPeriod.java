package lu.creativecluster.domain.project;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Value type: when a project runs, by calendar day. The end may be open while it is still unknown,
 * but it is never before the start.
 */
public record ProjectPeriod(LocalDate start, Optional<LocalDate> end) {

  public ProjectPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isPresent() && end.get().isBefore(start)) {
      throw new IllegalArgumentException("a project does not end before it starts");
    }
  }

  public static ProjectPeriod of(LocalDate start, LocalDate end) {
    return new ProjectPeriod(start, Optional.ofNullable(end));
  }

  public static ProjectPeriod openFrom(LocalDate start) {
    return new ProjectPeriod(start, Optional.empty());
  }
}
