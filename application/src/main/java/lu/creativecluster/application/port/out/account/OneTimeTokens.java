package lu.creativecluster.application.port.out.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import lu.creativecluster.domain.account.AccountId;
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

  /**
   * Ends every link of the account that is still unused, as if it had been used at this moment: a
   * set or reset password leaves no older invitation or reset link working. A link being redeemed
   * concurrently then fails its {@link #update} with {@link ConcurrentUpdateException}.
   *
   * @return how many links were ended
   */
  int revokeAllOf(AccountId account, Instant at);

  /**
   * Deletes a link whose mail never went out; nobody holds its secret. An unknown id is no error.
   */
  void discard(UUID id);
}
