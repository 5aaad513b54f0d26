package lu.creativecluster.adapter.persistence.account;

import lu.creativecluster.adapter.persistence.store.TestStore;

/**
 * Contract test: the JPA one-time links adapter on a real PostgreSQL server started for the tests.
 */
class JpaOneTimeTokensOnPostgresqlTest extends AbstractJpaOneTimeTokensTest {

  @Override
  protected TestStore startStore() {
    return TestStore.postgresql("one_time_tokens_contract");
  }
}
