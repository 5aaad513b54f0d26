package lu.creativecluster.application.service.account;

import java.util.function.Supplier;
import lu.creativecluster.application.port.out.account.AbstractAccountsContractTest;
import lu.creativecluster.application.port.out.account.Accounts;

/** The services' fake keeps the same contract as the database adapters, so it cannot drift. */
class InMemoryAccountsContractTest extends AbstractAccountsContractTest {

  private final InMemoryAccounts accounts = new InMemoryAccounts();

  @Override
  protected Accounts accounts() {
    return accounts;
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  /** Nothing to migrate: the fake's state lives as long as the test. */
  @Override
  protected void migrateSchemaAgain() {}
}
