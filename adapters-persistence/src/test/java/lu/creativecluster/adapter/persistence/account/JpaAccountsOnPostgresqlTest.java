package lu.creativecluster.adapter.persistence.account;

import lu.creativecluster.adapter.persistence.store.TestStore;

/** Contract test: the JPA accounts adapter on a real PostgreSQL server started for the tests. */
class JpaAccountsOnPostgresqlTest extends AbstractJpaAccountsTest {

  @Override
  protected TestStore startStore() {
    return TestStore.postgresql("accounts_contract");
  }
}
