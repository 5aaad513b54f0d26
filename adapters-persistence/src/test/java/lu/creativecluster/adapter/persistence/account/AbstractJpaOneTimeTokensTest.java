package lu.creativecluster.adapter.persistence.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.TestStore;
import lu.creativecluster.application.port.out.account.AbstractOneTimeTokensContractTest;
import lu.creativecluster.application.port.out.account.Accounts;
import lu.creativecluster.application.port.out.account.OneTimeTokens;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.OneTimeToken;
import lu.creativecluster.domain.account.TokenPurpose;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Test base: runs the {@link OneTimeTokens} contract against {@link JpaOneTimeTokens} on a real
 * database, and checks what only the database can.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractJpaOneTimeTokensTest extends AbstractOneTimeTokensContractTest {

  private TestStore store;

  /** Starts an empty, migrated database for this test class. */
  protected abstract TestStore startStore();

  @BeforeAll
  void start() {
    store = startStore();
  }

  @AfterAll
  void stop() {
    if (store != null) {
      store.close();
    }
  }

  // Replaces the contract's set-up to empty the tables first: JUnit runs a base class's set-up
  // before its subclass's, which would otherwise delete the owner account just stored.
  @BeforeEach
  @Override
  protected void storeTheOwner() {
    store.empty("one_time_token", "account");
    super.storeTheOwner();
  }

  @AfterEach
  void closeDetached() {
    store.closeDetached();
  }

  @Override
  protected OneTimeTokens tokens() {
    return new JpaOneTimeTokens(store::entityManager);
  }

  @Override
  protected Accounts accounts() {
    return new JpaAccounts(store::entityManager);
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return store.inTransaction(work);
  }

  @Test
  void entityMapping_matchesTheSchemaLiquibaseBuilt() {
    store.validateMapping();
  }

  @Test
  void add_ofALinkForNoStoredAccount_isRefused() {
    OneTimeToken orphan =
        OneTimeToken.issue(AccountId.newId(), TokenPurpose.INVITATION, randomHash(), ISSUED);

    assertThrows(PersistenceException.class, () -> inTransaction(() -> tokens().add(orphan)));
  }

  @Test
  void redeeming_countsTheStoredVersionUp() {
    OneTimeToken issued = issue();
    inTransaction(() -> tokens().add(issued));

    inTransaction(
        () -> {
          OneTimeToken token = tokens().bySecretHash(issued.secretHash()).orElseThrow();
          token.redeem(ISSUED.plusSeconds(1));
          tokens().update(token);
        });

    assertEquals(
        1,
        store.count(
            "SELECT version FROM one_time_token WHERE secret_hash = '"
                + issued.secretHash()
                + "'"));
  }
}
