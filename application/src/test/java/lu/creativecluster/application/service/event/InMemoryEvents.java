package lu.creativecluster.application.service.event;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.event.EventOverview;
import lu.creativecluster.application.port.out.event.Events;
import lu.creativecluster.domain.event.Event;
import lu.creativecluster.domain.event.EventId;
import lu.creativecluster.domain.event.Registration;

/**
 * Test fake of the {@link Events} port. Like a database it hands out copies and saves only from the
 * version it handed out; single-threaded tests need no lock.
 */
public final class InMemoryEvents implements Events {

  private final Map<EventId, Event> stored = new LinkedHashMap<>();

  @Override
  public Optional<Event> byId(EventId id) {
    return Optional.ofNullable(stored.get(id)).map(e -> copy(e, e.version()));
  }

  @Override
  public Optional<Event> lockedById(EventId id) {
    return byId(id);
  }

  @Override
  public Optional<Event> lockedByCancellationHash(String cancellationHash) {
    return stored.values().stream()
        .filter(
            e ->
                e.registrations().stream()
                    .anyMatch(r -> r.cancellationHash().equals(cancellationHash)))
        .findFirst()
        .map(e -> copy(e, e.version()));
  }

  @Override
  public void add(Event event) {
    if (stored.containsKey(event.id())) {
      throw new IllegalStateException("event " + event.id() + " exists");
    }
    stored.put(event.id(), copy(event, 0));
  }

  @Override
  public void save(Event event) {
    Event current = stored.get(event.id());
    if (current == null || current.version() != event.version()) {
      throw new ConcurrentUpdateException("event " + event.id(), null);
    }
    stored.put(event.id(), copy(event, event.version() + 1));
  }

  @Override
  public List<Event> upcoming(Instant now) {
    return stored.values().stream()
        .filter(e -> e.isUpcomingAt(now))
        .sorted(Comparator.comparing(e -> e.details().schedule().startInstant()))
        .map(e -> copy(e, e.version()))
        .toList();
  }

  @Override
  public List<Event> all() {
    return stored.values().stream()
        .sorted(Comparator.comparing((Event e) -> e.details().schedule().startInstant()).reversed())
        .map(e -> copy(e, e.version()))
        .toList();
  }

  @Override
  public List<EventOverview> overviews() {
    return stored.values().stream()
        .sorted(
            Comparator.comparing((Event e) -> e.details().schedule().startInstant())
                .thenComparing(e -> e.id().value().toString()))
        .map(
            e ->
                new EventOverview(
                    e.id(), e.details(), e.confirmedCount(), e.waitingList().size(), e.version()))
        .toList();
  }

  private static Event copy(Event e, long version) {
    List<Registration> registrations =
        e.registrations().stream()
            .map(
                r ->
                    Registration.reconstitute(
                        r.id(),
                        r.registrant(),
                        r.status(),
                        r.sequence(),
                        r.registeredAt(),
                        r.statusChangedAt(),
                        r.cancellationHash()))
            .toList();
    return Event.reconstitute(e.id(), e.details(), registrations, e.createdAt(), version);
  }
}
