package lu.creativecluster.application.port.in.event;

import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.event.EventId;
import lu.creativecluster.domain.event.Registration;

/**
 * What a cancellation did: whose registration ended, and who moved up from the waiting list.
 *
 * @param cancelled the registration, now cancelled
 * @param promoted the registration that took the freed seat, if any
 */
public record CancellationResult(
    EventId event, Registration cancelled, Optional<Registration> promoted) {

  public CancellationResult {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(cancelled, "cancelled");
    Objects.requireNonNull(promoted, "promoted");
  }
}
