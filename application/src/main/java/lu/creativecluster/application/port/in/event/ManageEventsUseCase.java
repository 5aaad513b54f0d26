package lu.creativecluster.application.port.in.event;

import java.util.List;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.event.CapacityBelowConfirmedException;
import lu.creativecluster.domain.event.Event;
import lu.creativecluster.domain.event.EventId;

/**
 * Use case: staff announce events, change them and see who registered. Every method throws {@link
 * AccessDeniedException} for anyone but staff.
 */
public interface ManageEventsUseCase {

  Event announce(AnnounceEventCommand command);

  /**
   * @throws EventNotFoundException if there is no such event
   * @throws CapacityBelowConfirmedException if fewer seats than confirmed people would remain
   * @throws ConcurrentUpdateException if it changed since the expected version
   */
  Event revise(ReviseEventCommand command);

  /** Every event, latest first. */
  List<Event> all(Actor actor);

  /** One event with all its registrations. */
  Event show(Actor actor, EventId id);
}
