package lu.creativecluster.application.port.in.account;

import java.util.Objects;
import lu.creativecluster.domain.access.Actor;

/**
 * Result of a sign-in: the person, and the account's session version at that moment, which the
 * session keeps so that {@link ConfirmSessionUseCase} can end it once the password, the status or
 * the role changes.
 */
public record SignedInPerson(Actor actor, long sessionVersion) {

  public SignedInPerson {
    Objects.requireNonNull(actor, "actor");
    if (actor.kind() != Actor.Kind.PERSON) {
      throw new IllegalArgumentException("only a person signs in");
    }
  }
}
