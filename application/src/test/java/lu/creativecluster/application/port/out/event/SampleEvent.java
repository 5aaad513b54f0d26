package lu.creativecluster.application.port.out.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import lu.creativecluster.domain.event.Event;
import lu.creativecluster.domain.event.EventAudience;
import lu.creativecluster.domain.event.EventDetails;
import lu.creativecluster.domain.event.EventId;
import lu.creativecluster.domain.event.EventKind;
import lu.creativecluster.domain.event.EventPlace;
import lu.creativecluster.domain.event.EventSchedule;
import lu.creativecluster.domain.event.Registrant;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import lu.creativecluster.domain.shared.LocalizedText;

/** Test data for the event ports and services, shared with the adapters' contract tests. */
public final class SampleEvent {

  /** Well before the sample events and their deadlines. */
  public static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");

  private static final AtomicLong HASHES = new AtomicLong();

  private SampleEvent() {}

  /** An evening event on this day, 18:30 to 21:00 Luxembourg time, registration until noon. */
  public static EventDetails details(String title, LocalDateTime start, int capacity) {
    return new EventDetails(
        LocalizedText.of(title + " (de)", title + " (fr)", title),
        LocalizedText.of("Jeden Monat", "Chaque mois", "Every month"),
        EventKind.NETWORKING,
        new EventSchedule(start, start.plusMinutes(150)),
        EventPlace.venue("Rotondes, Luxembourg"),
        capacity,
        EventAudience.OPEN_TO_ALL,
        start.withHour(12).withMinute(0));
  }

  public static Event event(String title, LocalDateTime start, int capacity) {
    return Event.announce(EventId.newId(), details(title, start, capacity), T0);
  }

  public static Registrant person(String name) {
    return Registrant.guest(name, new Email(name.toLowerCase() + "@example.lu"), Language.FR);
  }

  /** A distinct, well-formed SHA-256 for each call. */
  public static String hash() {
    return HexFormat.of().toHexDigits(HASHES.incrementAndGet()).repeat(4);
  }
}
