package lu.creativecluster.domain.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import lu.creativecluster.domain.shared.LocalizedText;

/** Test data: events in Luxembourg and the people who register for them. */
final class EventSamples {

  /** The evening of 2026-06-18, 18:30 to 21:00 in Luxembourg (UTC+2 in summer). */
  static final LocalDateTime START = LocalDateTime.of(2026, 6, 18, 18, 30);

  static final LocalDateTime END = START.plusMinutes(150);
  static final LocalDateTime DEADLINE = LocalDateTime.of(2026, 6, 17, 12, 0);

  /** Well before the deadline. */
  static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");

  private static final AtomicInteger HASHES = new AtomicInteger();

  private EventSamples() {}

  static EventDetails details(int capacity, EventAudience audience) {
    return new EventDetails(
        LocalizedText.of("Netzwerkabend", "Soirée réseau", "Networking evening"),
        LocalizedText.of("Jeden Monat", "Chaque mois", "Every month"),
        EventKind.NETWORKING,
        new EventSchedule(START, END),
        EventPlace.venue("Rotondes, Luxembourg"),
        capacity,
        audience,
        DEADLINE);
  }

  static Event event(int capacity) {
    return Event.announce(EventId.newId(), details(capacity, EventAudience.OPEN_TO_ALL), T0);
  }

  static Registrant person(String name) {
    return Registrant.guest(name, new Email(name.toLowerCase() + "@example.lu"), Language.EN);
  }

  /** A distinct, well-formed SHA-256 for each call. */
  static String hash() {
    return HexFormat.of().withLowerCase().toHexDigits(HASHES.incrementAndGet()).repeat(8);
  }

  static Registration register(Event event, String name, String hash) {
    return event.register(RegistrationId.newId(), person(name), hash, T0);
  }
}
