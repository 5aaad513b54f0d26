package lu.creativecluster.application.port.in.account;

/**
 * Use case: on every request of a signed-in session, whether it may go on. It may not once the
 * account's password was set or reset, the account was disabled or its role changed since the
 * session began (or the account is gone).
 */
public interface ConfirmSessionUseCase {

  /**
   * @param accountId the signed-in person's id, as {@code Actor#id()}
   * @param sessionVersion what {@link SignedInPerson#sessionVersion()} said at sign-in
   */
  boolean isCurrent(String accountId, long sessionVersion);
}
