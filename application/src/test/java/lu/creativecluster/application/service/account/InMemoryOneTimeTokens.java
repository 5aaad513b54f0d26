package lu.creativecluster.application.service.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.account.OneTimeTokens;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.OneTimeToken;

/**
 * Test fake of the {@link OneTimeTokens} port. Saving a redeemed token over one that was redeemed
 * meanwhile fails, as the real adapter's conditional update does; requests on several threads see
 * one consistent store.
 */
final class InMemoryOneTimeTokens implements OneTimeTokens {

  private final Map<UUID, OneTimeToken> stored = new LinkedHashMap<>();

  @Override
  public synchronized void add(OneTimeToken token) {
    stored.put(token.id(), copy(token));
  }

  @Override
  public synchronized Optional<OneTimeToken> bySecretHash(String secretHash) {
    return stored.values().stream()
        .filter(t -> t.secretHash().equals(secretHash))
        .findFirst()
        .map(InMemoryOneTimeTokens::copy);
  }

  @Override
  public synchronized void update(OneTimeToken token) {
    if (token.usedAt().isEmpty()) {
      throw new IllegalArgumentException("only a redeemed token is saved");
    }
    OneTimeToken current = stored.get(token.id());
    if (current == null || current.usedAt().isPresent()) {
      throw new ConcurrentUpdateException("token " + token.id(), null);
    }
    stored.put(token.id(), copy(token));
  }

  @Override
  public synchronized int revokeAllOf(AccountId account, Instant at) {
    int revoked = 0;
    for (OneTimeToken t : List.copyOf(stored.values())) {
      if (t.accountId().equals(account) && t.usedAt().isEmpty()) {
        stored.put(
            t.id(),
            OneTimeToken.reconstitute(
                t.id(),
                t.accountId(),
                t.purpose(),
                t.secretHash(),
                t.createdAt(),
                t.expiresAt(),
                at));
        revoked++;
      }
    }
    return revoked;
  }

  @Override
  public synchronized void discard(UUID id) {
    stored.remove(id);
  }

  synchronized List<OneTimeToken> all() {
    return new ArrayList<>(stored.values());
  }

  private static OneTimeToken copy(OneTimeToken t) {
    return OneTimeToken.reconstitute(
        t.id(),
        t.accountId(),
        t.purpose(),
        t.secretHash(),
        t.createdAt(),
        t.expiresAt(),
        t.usedAt().orElse(null));
  }
}
