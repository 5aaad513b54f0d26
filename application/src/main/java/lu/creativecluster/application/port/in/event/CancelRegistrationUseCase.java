package lu.creativecluster.application.port.in.event;

import lu.creativecluster.domain.event.RegistrationRefusedException;

/**
 * Use case: a person cancels their registration through the private link they were given. The
 * secret in the link is the only proof needed, and only their own registration has it.
 */
public interface CancelRegistrationUseCase {

  /**
   * @throws RegistrationRefusedException with {@code UNKNOWN_REGISTRATION} for a secret that fits
   *     no registration, {@code ALREADY_CANCELLED} or {@code EVENT_STARTED}
   */
  CancellationResult cancel(String cancellationSecret);
}
