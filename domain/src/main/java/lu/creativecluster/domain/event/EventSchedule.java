package lu.creativecluster.domain.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Value type: when an event takes place, in Luxembourg's local time, as people read it on the
 * invitation. The instants follow from the zone's rules, daylight saving time included.
 */
public record EventSchedule(LocalDateTime start, LocalDateTime end) {

  /** The cluster's events take place in Luxembourg. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Luxembourg");

  public EventSchedule {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("an event ends after it starts");
    }
  }

  public Instant startInstant() {
    return start.atZone(ZONE).toInstant();
  }

  public Instant endInstant() {
    return end.atZone(ZONE).toInstant();
  }
}
