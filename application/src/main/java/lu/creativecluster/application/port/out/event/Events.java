package lu.creativecluster.application.port.out.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.event.Event;
import lu.creativecluster.domain.event.EventId;

/** Outbound port: where events and their registrations are kept. */
public interface Events {

  Optional<Event> byId(EventId id);

  /**
   * The event, locked against every other {@code lockedById} of it until the current transaction
   * ends, for changes to its seats: two people registering for the last seat at once are taken one
   * after the other, so the second reads the first's registration and waits instead of overbooking.
   */
  Optional<Event> lockedById(EventId id);

  /**
   * The event with a registration whose cancellation link has this hash, locked as by {@link
   * #lockedById}.
   */
  Optional<Event> lockedByCancellationHash(String cancellationHash);

  /** Stores a new event at version 0. */
  void add(Event event);

  /**
   * Stores new events at version 0, as {@link #add} does for each, in one write. This default adds
   * them one by one; adapters write them at once.
   */
  default void addAll(List<Event> events) {
    events.forEach(this::add);
  }

  /**
   * Saves a changed event with its registrations; the stored version goes up by one.
   *
   * @throws ConcurrentUpdateException if it changed since it was read, or another registration took
   *     the same address or account meanwhile
   */
  void save(Event event);

  /** The events that have not ended at this moment, soonest first. */
  List<Event> upcoming(Instant now);

  /** Every event, latest start first, for staff. */
  List<Event> all();

  /**
   * Every event without its registrations, only their counts, soonest start first (then by id):
   * what the public lists and the calendar feed need, read without loading anybody's registration.
   * The list is immutable.
   */
  List<EventOverview> overviews();
}
