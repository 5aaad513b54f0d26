package lu.creativecluster.application.port.in.account;

/**
 * Use case: a person signs in. Wrong passwords count against the submitted e-mail address (whether
 * an account has it or not: further attempts for it must wait longer and longer, and look exactly
 * like wrong passwords) and against the client's address (refused for a while); every attempt is
 * audited.
 */
public interface SignInUseCase {

  /**
   * @return the signed-in person and the session version to keep
   * @throws SignInRefusedException if the credentials are wrong or attempts are throttled
   */
  SignedInPerson signIn(SignInCommand command);
}
