package lu.creativecluster.domain.cooperation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Value object: one cooperation with a partner (a memorandum, a network membership, a joint
 * project, an exchange), its dates, status, description and the activities done together. An
 * open-ended cooperation has no end date; one that has an end never ends before it starts.
 */
public record Cooperation(
    UUID id,
    CooperationKind kind,
    LocalDate start,
    Optional<LocalDate> end,
    CooperationStatus status,
    String description,
    List<String> activities) {

  public static final int MAX_DESCRIPTION = 2000;
  public static final int MAX_ACTIVITIES = 30;
  public static final int MAX_ACTIVITY = 300;

  public Cooperation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(status, "status");
    if (end.isPresent() && end.get().isBefore(start)) {
      throw new WrongDatesException("a cooperation ends on or after the day it starts");
    }
    description = CooperationTexts.multiLine(description, "description", MAX_DESCRIPTION);
    activities =
        Objects.requireNonNull(activities, "activities").stream()
            .map(a -> CooperationTexts.singleLine(a, "activity", 1, MAX_ACTIVITY))
            .toList();
    if (activities.size() > MAX_ACTIVITIES) {
      throw new IllegalArgumentException(
          "a cooperation lists at most " + MAX_ACTIVITIES + " activities");
    }
  }
}
