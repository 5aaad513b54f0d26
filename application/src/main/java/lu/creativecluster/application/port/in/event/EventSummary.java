package lu.creativecluster.application.port.in.event;

import java.time.Instant;
import java.util.Objects;
import lu.creativecluster.domain.event.Event;
import lu.creativecluster.domain.event.EventDetails;
import lu.creativecluster.domain.event.EventId;

/**
 * An event as the public sees it: what, when and where, and how full, but nobody's registration.
 *
 * @param openForRegistration whether the deadline has not passed yet
 */
public record EventSummary(
    EventId id,
    EventDetails details,
    int freeSeats,
    int waiting,
    boolean openForRegistration,
    long version) {

  public EventSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(details, "details");
  }

  public static EventSummary of(Event event, Instant now) {
    return new EventSummary(
        event.id(),
        event.details(),
        event.freeSeats(),
        event.waitingList().size(),
        event.isOpenForRegistrationAt(now),
        event.version());
  }
}
