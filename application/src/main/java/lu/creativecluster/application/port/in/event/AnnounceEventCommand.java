package lu.creativecluster.application.port.in.event;

import java.util.Objects;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.event.EventDetails;

/** Command: staff announce an event. */
public record AnnounceEventCommand(Actor actor, EventDetails details) {

  public AnnounceEventCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(details, "details");
  }
}
