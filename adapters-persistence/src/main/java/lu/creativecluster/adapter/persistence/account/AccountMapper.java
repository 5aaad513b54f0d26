package lu.creativecluster.adapter.persistence.account;

import static lu.creativecluster.adapter.persistence.store.StoredInstants.stored;

import java.util.Locale;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.AccountStatus;
import lu.creativecluster.domain.account.PasswordHash;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.shared.Email;

/** Persistence adapter: turns accounts into rows of {@code account} and back. */
final class AccountMapper {

  private AccountMapper() {}

  static AccountJpaEntity toNewEntity(Account account) {
    AccountJpaEntity entity =
        new AccountJpaEntity(account.id().value(), stored(account.createdAt()));
    copy(account, entity);
    return entity;
  }

  /** Writes the account's changeable state over the entity; id and creation stay as stored. */
  static void copy(Account account, AccountJpaEntity entity) {
    entity.overwrite(
        account.email().value(),
        account.displayName(),
        account.role().code(),
        statusCode(account.status()),
        account.passwordHash().map(PasswordHash::encoded).orElse(null),
        account.sessionVersion(),
        stored(account.lastSignInAt().orElse(null)));
  }

  static Account toDomain(AccountJpaEntity entity) {
    return Account.reconstitute(
        new AccountId(entity.id()),
        new Email(entity.email()),
        entity.displayName(),
        role(entity),
        status(entity),
        entity.passwordHash() == null ? null : new PasswordHash(entity.passwordHash()),
        entity.sessionVersion(),
        entity.lastSignInAt(),
        entity.createdAt(),
        entity.version());
  }

  static String statusCode(AccountStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  private static Role role(AccountJpaEntity entity) {
    return Role.fromCode(entity.role())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "account " + entity.id() + " has an unknown role: " + entity.role()));
  }

  private static AccountStatus status(AccountJpaEntity entity) {
    for (AccountStatus status : AccountStatus.values()) {
      if (statusCode(status).equals(entity.status())) {
        return status;
      }
    }
    throw new IllegalStateException(
        "account " + entity.id() + " has an unknown status: " + entity.status());
  }
}
