package lu.creativecluster.application.port.in.event;

import lu.creativecluster.domain.event.RegistrationRefusedException;

/** Use case: a person registers for an event and gets a seat or a place on the waiting list. */
public interface RegisterForEventUseCase {

  /**
   * @throws EventNotFoundException if there is no such event
   * @throws RegistrationRefusedException if registered already, too late, or members only
   */
  RegistrationReceipt register(RegisterForEventCommand command);
}
