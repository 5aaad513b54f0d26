package lu.creativecluster.application.port.out.event;

import java.util.Objects;
import lu.creativecluster.domain.event.EventDetails;
import lu.creativecluster.domain.event.EventId;

/**
 * Read model of the store: an event as the public lists show it, with how many registrations hold a
 * seat and how many wait, but without the registrations themselves.
 *
 * @param seated registrations that hold a seat (confirmed or attended)
 */
public record EventOverview(
    EventId id, EventDetails details, int seated, int waiting, long version) {

  public EventOverview {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(details, "details");
    if (seated < 0 || waiting < 0) {
      throw new IllegalArgumentException("counts are not negative");
    }
  }

  /** Seats not held by a confirmed (or attended) registration. */
  public int freeSeats() {
    return Math.max(0, details.capacity() - seated);
  }
}
