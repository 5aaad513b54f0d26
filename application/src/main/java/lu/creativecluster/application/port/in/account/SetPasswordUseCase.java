package lu.creativecluster.application.port.in.account;

/** Use case: a person sets their password through a one-time link, which then stops working. */
public interface SetPasswordUseCase {

  /**
   * @throws InvalidTokenException if the link is unknown, used or expired (one answer for all, so
   *     the reply reveals nothing)
   * @throws WeakPasswordException if the password does not meet the policy
   */
  void setPassword(SetPasswordCommand command);
}
