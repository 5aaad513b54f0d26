package lu.creativecluster.application.port.in.event;

import java.util.Objects;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.event.EventDetails;
import lu.creativecluster.domain.event.EventId;

/**
 * Command: staff change an event (more seats move the waiting list up).
 *
 * @param expectedVersion the version the form was filled from; an older one is a concurrent edit
 */
public record ReviseEventCommand(
    Actor actor, EventId event, long expectedVersion, EventDetails details) {

  public ReviseEventCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(details, "details");
  }
}
