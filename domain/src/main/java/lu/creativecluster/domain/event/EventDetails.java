package lu.creativecluster.domain.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import lu.creativecluster.domain.shared.LocalizedText;

/**
 * Value object: what staff describe about an event: what, when, where, for how many and for whom,
 * and until when people may register (Luxembourg local time, like the schedule).
 */
public record EventDetails(
    LocalizedText title,
    LocalizedText description,
    EventKind kind,
    EventSchedule schedule,
    EventPlace place,
    int capacity,
    EventAudience audience,
    LocalDateTime registrationDeadline) {

  public static final int MAX_TITLE = 200;
  public static final int MAX_DESCRIPTION = 5_000;
  public static final int MAX_CAPACITY = 100_000;

  public EventDetails {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(registrationDeadline, "registrationDeadline");
    if (capacity < 1 || capacity > MAX_CAPACITY) {
      throw new IllegalArgumentException("an event has 1 to " + MAX_CAPACITY + " seats");
    }
    if (registrationDeadline.isAfter(schedule.end())) {
      throw new IllegalArgumentException("registration closes at the latest when the event ends");
    }
    for (var language : title.values().keySet()) {
      if (title.in(language).length() > MAX_TITLE) {
        throw new IllegalArgumentException("an event title has at most " + MAX_TITLE + " chars");
      }
      if (description.in(language).length() > MAX_DESCRIPTION) {
        throw new IllegalArgumentException(
            "an event description has at most " + MAX_DESCRIPTION + " chars");
      }
    }
  }

  public Instant deadlineInstant() {
    return registrationDeadline.atZone(EventSchedule.ZONE).toInstant();
  }
}
