package lu.creativecluster.adapter.persistence.project;

import lu.creativecluster.adapter.persistence.store.TestStore;

/** Contract test: the JPA project adapter on a real PostgreSQL server started for the tests. */
class JpaProjectsOnPostgresqlTest extends AbstractJpaProjectsTest {

  @Override
  protected TestStore startStore() {
    return TestStore.postgresql("projects_contract");
  }
}
