package lu.creativecluster.application.port.in.account;

import java.util.Objects;
import lu.creativecluster.domain.account.AccountId;

/**
 * Result of setting a password: whose it was, and the account's new session version. Every other
 * session of the account has ended; a session of the same person that set it may adopt the new
 * version and go on.
 */
public record PasswordSet(AccountId accountId, long sessionVersion) {

  public PasswordSet {
    Objects.requireNonNull(accountId, "accountId");
  }
}
