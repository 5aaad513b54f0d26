package lu.creativecluster.adapter.persistence.account;

import static lu.creativecluster.adapter.persistence.store.StoredInstants.stored;

import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.OneTimeToken;
import lu.creativecluster.domain.account.TokenPurpose;

/** Persistence adapter: turns one-time links into rows of {@code one_time_token} and back. */
final class OneTimeTokenMapper {

  private OneTimeTokenMapper() {}

  static OneTimeTokenJpaEntity toNewEntity(OneTimeToken token) {
    return new OneTimeTokenJpaEntity(
        token.id(),
        token.accountId().value(),
        purposeCode(token.purpose()),
        token.secretHash(),
        stored(token.createdAt()),
        stored(token.expiresAt()),
        stored(token.usedAt().orElse(null)));
  }

  static OneTimeToken toDomain(OneTimeTokenJpaEntity entity) {
    return OneTimeToken.reconstitute(
        entity.id(),
        new AccountId(entity.accountId()),
        purpose(entity),
        entity.secretHash(),
        entity.createdAt(),
        entity.expiresAt(),
        entity.usedAt());
  }

  /** Lower-case words in the database, as its check constraint lists them. */
  static String purposeCode(TokenPurpose purpose) {
    return switch (purpose) {
      case INVITATION -> "invitation";
      case PASSWORD_RESET -> "password-reset";
    };
  }

  private static TokenPurpose purpose(OneTimeTokenJpaEntity entity) {
    for (TokenPurpose purpose : TokenPurpose.values()) {
      if (purposeCode(purpose).equals(entity.purpose())) {
        return purpose;
      }
    }
    throw new IllegalStateException(
        "one-time token " + entity.id() + " has an unknown purpose: " + entity.purpose());
  }
}
