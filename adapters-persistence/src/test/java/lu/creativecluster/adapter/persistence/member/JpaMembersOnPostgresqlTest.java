package lu.creativecluster.adapter.persistence.member;

import lu.creativecluster.adapter.persistence.store.TestStore;

/** Contract test: the JPA member adapters on a real PostgreSQL server started for the tests. */
class JpaMembersOnPostgresqlTest extends AbstractJpaMembersTest {

  @Override
  protected TestStore startStore() {
    return TestStore.postgresql("members_contract");
  }
}
