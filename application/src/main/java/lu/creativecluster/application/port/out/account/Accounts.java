package lu.creativecluster.application.port.out.account;

import java.util.List;
import java.util.Optional;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.shared.Email;

/** Outbound port: where accounts are kept. */
public interface Accounts {

  Optional<Account> byId(AccountId id);

  Optional<Account> byEmail(Email email);

  /** Ordered by e-mail address. */
  List<Account> all();

  boolean anyWithRole(Role role);

  long count();

  /**
   * @throws DuplicateAccountException if the e-mail address is taken
   */
  void add(Account account);

  /**
   * Saves a changed account.
   *
   * @throws ConcurrentUpdateException if it changed since it was read (its version differs)
   */
  void update(Account account);
}
