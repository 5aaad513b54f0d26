package lu.creativecluster.application.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.account.ListAccountsUseCase;
import lu.creativecluster.application.port.out.account.Accounts;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.Role;

/** Use case service: staff and admins see every account, ordered by address. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ListAccountsService implements ListAccountsUseCase {

  private final Accounts accounts;

  /** For CDI's client proxy only. */
  protected ListAccountsService() {
    this(null);
  }

  @Inject
  public ListAccountsService(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public List<Account> listAccounts(Actor actor) {
    boolean staff =
        actor.kind() == Actor.Kind.PERSON && (actor.has(Role.STAFF) || actor.has(Role.ADMIN));
    if (!staff) {
      throw new AccessDeniedException("only staff see the accounts");
    }
    return accounts.all();
  }
}
