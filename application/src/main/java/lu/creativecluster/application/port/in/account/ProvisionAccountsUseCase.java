package lu.creativecluster.application.port.in.account;

import java.util.Optional;

/**
 * Use case: the first start. The embedded demo creates demo accounts; a production start creates
 * the first admin from configuration only, never with a default password. Both do nothing once
 * accounts exist.
 */
public interface ProvisionAccountsUseCase {

  /** Creates one admin, one staff and two member accounts with the given demo password. */
  void provisionDemoAccounts(String demoPassword);

  /**
   * Creates an admin with this address and password if no admin exists.
   *
   * @return whether an admin was created
   */
  boolean provisionInitialAdmin(String email, String password, Optional<String> displayName);
}
