package lu.creativecluster.application.port.in.account;

import java.util.Optional;
import lu.creativecluster.domain.account.PasswordHash;

/**
 * Use case: the first start. Only a start with the demo switched on explicitly creates the demo
 * accounts (whatever the database); any start may create the first admin from configuration, never
 * with a default password. Both do nothing once accounts exist.
 */
public interface ProvisionAccountsUseCase {

  /** Creates one admin, one staff and two member accounts with the given demo password. */
  void provisionDemoAccounts(String demoPassword);

  /**
   * The same, with a hash of that password made earlier (the published default's, made at build
   * time), so a demo start spends no key derivation on a password everybody knows. An
   * implementation may ignore it and hash the password itself.
   */
  default void provisionDemoAccounts(String demoPassword, PasswordHash hashOfThatPassword) {
    provisionDemoAccounts(demoPassword);
  }

  /**
   * Creates an admin with this address and password if no admin exists.
   *
   * @return whether an admin was created
   */
  boolean provisionInitialAdmin(String email, String password, Optional<String> displayName);
}
