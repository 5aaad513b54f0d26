package lu.creativecluster.adapter.persistence.event;

import lu.creativecluster.adapter.persistence.store.TestStore;

/** Contract test: the JPA event adapter on H2, the database a fresh install runs on. */
class JpaEventsOnH2Test extends AbstractJpaEventsTest {

  @Override
  protected TestStore startStore() {
    return TestStore.h2("events_contract");
  }
}
