package lu.creativecluster.application.port.in.account;

import java.util.Optional;

/**
 * Use case: the first start. Only a start with the demo switched on explicitly creates the demo
 * accounts (whatever the database); any start may create the first admin from configuration, never
 * with a default password. Both do nothing once accounts exist.
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
