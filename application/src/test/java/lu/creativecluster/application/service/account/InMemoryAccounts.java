package lu.creativecluster.application.service.account;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lu.creativecluster.application.port.out.account.Accounts;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.account.DuplicateAccountException;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.shared.Email;

/**
 * Test fake of the {@link Accounts} port. Like a database it hands out copies, enforces unique
 * addresses and saves only from the version it handed out, so lost updates show up in tests.
 */
public final class InMemoryAccounts implements Accounts {

  private final Map<AccountId, Account> stored = new LinkedHashMap<>();
  private int updates;
  private Runnable beforeNextAdd;

  @Override
  public Optional<Account> byId(AccountId id) {
    return Optional.ofNullable(stored.get(id)).map(a -> copy(a, a.version()));
  }

  @Override
  public Optional<Account> byEmail(Email email) {
    return stored.values().stream()
        .filter(a -> a.email().equals(email))
        .findFirst()
        .map(a -> copy(a, a.version()));
  }

  @Override
  public List<Account> all() {
    return stored.values().stream()
        .sorted(Comparator.comparing(a -> a.email().value()))
        .map(a -> copy(a, a.version()))
        .toList();
  }

  @Override
  public boolean anyWithRole(Role role) {
    return stored.values().stream().anyMatch(a -> a.role() == role);
  }

  @Override
  public long count() {
    return stored.size();
  }

  @Override
  public void add(Account account) {
    if (beforeNextAdd != null) {
      Runnable concurrent = beforeNextAdd;
      beforeNextAdd = null;
      concurrent.run();
    }
    if (stored.values().stream().anyMatch(a -> a.email().equals(account.email()))) {
      throw new DuplicateAccountException(null);
    }
    stored.put(account.id(), copy(account, account.version()));
  }

  @Override
  public void update(Account account) {
    Account current = stored.get(account.id());
    if (current == null || current.version() != account.version()) {
      throw new ConcurrentUpdateException("account " + account.id(), null);
    }
    stored.put(account.id(), copy(account, account.version() + 1));
    updates++;
  }

  /** The stored state of the account with this address (a copy). */
  Account stored(String email) {
    return byEmail(new Email(email)).orElseThrow(() -> new AssertionError("no account " + email));
  }

  /** Plays a concurrent request that stores something just before the next add. */
  void beforeNextAdd(Runnable concurrent) {
    this.beforeNextAdd = concurrent;
  }

  int updates() {
    return updates;
  }

  private static Account copy(Account a, long version) {
    return Account.reconstitute(
        a.id(),
        a.email(),
        a.displayName(),
        a.role(),
        a.status(),
        a.passwordHash().orElse(null),
        a.sessionVersion(),
        a.lastSignInAt().orElse(null),
        a.createdAt(),
        version);
  }
}
