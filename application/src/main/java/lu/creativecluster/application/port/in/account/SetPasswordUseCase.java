package lu.creativecluster.application.port.in.account;

/**
 * Use case: a person sets their password through a one-time link, which then stops working. Every
 * session of the account started before ends.
 */
public interface SetPasswordUseCase {

  /**
   * @return whose password it was and the account's new session version
   * @throws InvalidTokenException if the link is unknown, used or expired (one answer for all, so
   *     the reply reveals nothing)
   * @throws WeakPasswordException if the password does not meet the policy
   */
  PasswordSet setPassword(SetPasswordCommand command);
}
