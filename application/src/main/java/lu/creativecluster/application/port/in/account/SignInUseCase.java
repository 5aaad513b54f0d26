package lu.creativecluster.application.port.in.account;

import lu.creativecluster.domain.access.Actor;

/**
 * Use case: a person signs in. Wrong passwords count against the account (which locks) and against
 * the client's address (which is slowed down); every attempt is audited.
 */
public interface SignInUseCase {

  /**
   * @return the signed-in person
   * @throws SignInRefusedException if the credentials are wrong or attempts are throttled
   */
  Actor signIn(SignInCommand command);
}
