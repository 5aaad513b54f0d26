package lu.creativecluster.application.port.in.event;

import java.util.Objects;
import lu.creativecluster.domain.event.Registration;
import lu.creativecluster.domain.event.RegistrationStatus;

/**
 * What a person gets back from registering: their registration and the secret of their private
 * cancellation link. The secret exists only here (and in what the caller shows or sends them); the
 * store keeps its hash.
 *
 * @param waitingPosition their place on the waiting list (1 is next), 0 when they have a seat
 */
public record RegistrationReceipt(
    Registration registration, String cancellationSecret, int waitingPosition) {

  public RegistrationReceipt {
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(cancellationSecret, "cancellationSecret");
  }

  public boolean confirmed() {
    return registration.status() == RegistrationStatus.CONFIRMED;
  }

  @Override
  public String toString() {
    // The secret never goes into a log line by accident.
    return "RegistrationReceipt[" + registration.id() + ", " + registration.status() + "]";
  }
}
