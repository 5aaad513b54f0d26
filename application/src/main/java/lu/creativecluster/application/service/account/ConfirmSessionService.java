package lu.creativecluster.application.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import lu.creativecluster.application.port.in.account.ConfirmSessionUseCase;
import lu.creativecluster.application.port.out.account.Accounts;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountId;

/**
 * Use case service: whether a signed-in session may go on. One read of the account by its primary
 * key per request; the account itself decides ({@link Account#acceptsSessionOf}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConfirmSessionService implements ConfirmSessionUseCase {

  private final Accounts accounts;

  /** For CDI's client proxy only. */
  protected ConfirmSessionService() {
    this(null);
  }

  @Inject
  public ConfirmSessionService(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public boolean isCurrent(String accountId, long sessionVersion) {
    return idOf(accountId)
        .flatMap(accounts::byId)
        .map(account -> account.acceptsSessionOf(sessionVersion))
        .orElse(false);
  }

  private static Optional<AccountId> idOf(String value) {
    try {
      return Optional.of(new AccountId(UUID.fromString(value)));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
