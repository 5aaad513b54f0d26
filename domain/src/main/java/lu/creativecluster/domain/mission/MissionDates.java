package lu.creativecluster.domain.mission;

import java.time.LocalDate;
import java.util.Objects;
import lu.creativecluster.domain.cooperation.WrongDatesException;

/**
 * Value object: when a mission runs (first and last day, both included) and the last day members
 * may apply, which comes before the mission starts.
 */
public record MissionDates(LocalDate start, LocalDate end, LocalDate applicationDeadline) {

  public MissionDates {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(applicationDeadline, "applicationDeadline");
    if (end.isBefore(start)) {
      throw new WrongDatesException("a mission ends on or after the day it starts");
    }
    if (!applicationDeadline.isBefore(start)) {
      throw new WrongDatesException("the application deadline is before the mission starts");
    }
  }

  /** Whether members may still apply on that day (the deadline day included). */
  public boolean acceptsApplicationsOn(LocalDate day) {
    return !day.isAfter(applicationDeadline);
  }
}
