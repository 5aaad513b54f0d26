package lu.creativecluster.adapter.persistence.account;

import lu.creativecluster.adapter.persistence.store.TestStore;

/** Contract test: the JPA accounts adapter on H2, the database a fresh install runs on. */
class JpaAccountsOnH2Test extends AbstractJpaAccountsTest {

  @Override
  protected TestStore startStore() {
    return TestStore.h2("accounts_contract");
  }
}
