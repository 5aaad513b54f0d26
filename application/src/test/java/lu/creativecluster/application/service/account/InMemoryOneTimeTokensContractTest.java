package lu.creativecluster.application.service.account;

import java.util.function.Supplier;
import lu.creativecluster.application.port.out.account.AbstractOneTimeTokensContractTest;
import lu.creativecluster.application.port.out.account.Accounts;
import lu.creativecluster.application.port.out.account.OneTimeTokens;

/** The services' fake keeps the same contract as the database adapters, so it cannot drift. */
class InMemoryOneTimeTokensContractTest extends AbstractOneTimeTokensContractTest {

  private final InMemoryAccounts accounts = new InMemoryAccounts();
  private final InMemoryOneTimeTokens tokens = new InMemoryOneTimeTokens();

  @Override
  protected OneTimeTokens tokens() {
    return tokens;
  }

  @Override
  protected Accounts accounts() {
    return accounts;
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }
}
