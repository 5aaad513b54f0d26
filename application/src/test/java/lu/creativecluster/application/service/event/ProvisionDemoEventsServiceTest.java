package lu.creativecluster.application.service.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import lu.creativecluster.application.service.audit.MutableClock;
import lu.creativecluster.domain.event.Event;
import lu.creativecluster.domain.event.EventKind;
import lu.creativecluster.domain.event.RegistrationStatus;
import org.junit.jupiter.api.Test;

class ProvisionDemoEventsServiceTest {

  private final InMemoryEvents events = new InMemoryEvents();
  private final MutableClock clock = MutableClock.at("2026-11-30T09:00:00Z");
  private final ProvisionDemoEventsService demo = new ProvisionDemoEventsService(events, clock);

  @Test
  void seedsThreeYearsOfEventsWithAttendance_andUpcomingOnes_once() {
    int created = demo.provisionDemoEvents();
    Instant now = clock.instant();
    List<Event> all = events.all();
    assertEquals(created, all.size());
    List<Event> past = all.stream().filter(e -> !e.isUpcomingAt(now)).toList();
    assertTrue(
        past.size() >= 36 + 12 + 3, "monthly evenings, afterworks and fairs: " + past.size());
    assertTrue(
        past.stream()
            .allMatch(
                e ->
                    e.registrations().stream()
                        .anyMatch(r -> r.status() == RegistrationStatus.ATTENDED)),
        "every past event had people who came");
    assertTrue(past.stream().anyMatch(e -> e.details().kind() == EventKind.FAIR));
    List<Event> upcoming = events.upcoming(now);
    assertTrue(upcoming.size() >= 4, "the next evenings and the workshop");
    assertTrue(
        upcoming.stream().anyMatch(e -> !e.waitingList().isEmpty() && e.freeSeats() == 0),
        "one upcoming event is full with a waiting list");

    assertEquals(0, demo.provisionDemoEvents(), "only once");
    assertEquals(created, events.all().size());
  }
}
