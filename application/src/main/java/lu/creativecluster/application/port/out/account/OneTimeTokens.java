package lu.creativecluster.application.port.out.account;

import java.util.Optional;
import lu.creativecluster.domain.account.OneTimeToken;

/** Outbound port: where one-time links are kept (by the hash of their secret). */
public interface OneTimeTokens {

  void add(OneTimeToken token);

  Optional<OneTimeToken> bySecretHash(String secretHash);

  /**
   * Saves a redeemed token.
   *
   * @throws ConcurrentUpdateException if it was redeemed concurrently
   */
  void update(OneTimeToken token);
}
