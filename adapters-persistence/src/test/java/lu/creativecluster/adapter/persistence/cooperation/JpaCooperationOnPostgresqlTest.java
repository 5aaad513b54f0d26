package lu.creativecluster.adapter.persistence.cooperation;

import lu.creativecluster.adapter.persistence.store.TestStore;

/**
 * Contract test: the JPA cooperation adapters on a real PostgreSQL server started for the tests.
 */
class JpaCooperationOnPostgresqlTest extends AbstractJpaCooperationTest {

  @Override
  protected TestStore startStore() {
    return TestStore.postgresql("cooperation_contract");
  }
}
