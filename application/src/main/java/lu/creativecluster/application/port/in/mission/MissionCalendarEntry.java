package lu.creativecluster.application.port.in.mission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Read model: what an iCalendar VEVENT of a mission holds; an adapter writes the text.
 *
 * @param uid stable across changes, so calendars update the entry instead of adding one
 * @param endExclusive the day after the last day (iCalendar's DTEND of an all-day event)
 * @param cancelled STATUS:CANCELLED
 * @param sequence grows with every saved change (the mission's version)
 */
public record MissionCalendarEntry(
    String uid,
    String summary,
    String description,
    String location,
    LocalDate start,
    LocalDate endExclusive,
    boolean cancelled,
    long sequence,
    Instant stamp) {

  public MissionCalendarEntry {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(endExclusive, "endExclusive");
    Objects.requireNonNull(stamp, "stamp");
  }
}
