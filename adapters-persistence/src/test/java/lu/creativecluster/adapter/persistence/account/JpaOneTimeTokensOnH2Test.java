package lu.creativecluster.adapter.persistence.account;

import lu.creativecluster.adapter.persistence.store.TestStore;

/** Contract test: the JPA one-time links adapter on H2, the database a fresh install runs on. */
class JpaOneTimeTokensOnH2Test extends AbstractJpaOneTimeTokensTest {

  @Override
  protected TestStore startStore() {
    return TestStore.h2("one_time_tokens_contract");
  }
}
