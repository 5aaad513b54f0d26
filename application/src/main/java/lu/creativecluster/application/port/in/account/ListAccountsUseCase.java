package lu.creativecluster.application.port.in.account;

import java.util.List;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Account;

/** Use case: staff see the accounts (admins manage them). */
public interface ListAccountsUseCase {

  /**
   * @throws lu.creativecluster.application.port.in.access.AccessDeniedException unless staff
   */
  List<Account> listAccounts(Actor actor);
}
