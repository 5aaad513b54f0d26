package lu.creativecluster.adapter.persistence.project;

import lu.creativecluster.adapter.persistence.store.TestStore;

/** Contract test: the JPA project adapter on H2, the database a fresh install runs on. */
class JpaProjectsOnH2Test extends AbstractJpaProjectsTest {

  @Override
  protected TestStore startStore() {
    return TestStore.h2("projects_contract");
  }
}
