package lu.creativecluster.application.port.in.event;

import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.event.EventId;
import lu.creativecluster.domain.event.Registration;
import lu.creativecluster.domain.event.RegistrationId;
import lu.creativecluster.domain.event.RegistrationRefusedException;

/** Use case: staff tick off, at the door, who came. */
public interface CheckAttendanceUseCase {

  /**
   * @throws AccessDeniedException for anyone but staff
   * @throws EventNotFoundException if there is no such event
   * @throws RegistrationRefusedException before the event's day, or for a registration that is not
   *     confirmed
   */
  Registration checkAttendance(Actor actor, EventId event, RegistrationId registration);
}
