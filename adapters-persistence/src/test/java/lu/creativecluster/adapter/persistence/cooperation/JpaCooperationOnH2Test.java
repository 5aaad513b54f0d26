package lu.creativecluster.adapter.persistence.cooperation;

import lu.creativecluster.adapter.persistence.store.TestStore;

/** Contract test: the JPA cooperation adapters on H2, the database a fresh install runs on. */
class JpaCooperationOnH2Test extends AbstractJpaCooperationTest {

  @Override
  protected TestStore startStore() {
    return TestStore.h2("cooperation_contract");
  }
}
