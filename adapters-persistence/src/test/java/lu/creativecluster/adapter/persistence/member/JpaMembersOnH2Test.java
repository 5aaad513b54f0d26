package lu.creativecluster.adapter.persistence.member;

import lu.creativecluster.adapter.persistence.store.TestStore;

/** Contract test: the JPA member adapters on H2, the database a fresh install runs on. */
class JpaMembersOnH2Test extends AbstractJpaMembersTest {

  @Override
  protected TestStore startStore() {
    return TestStore.h2("members_contract");
  }
}
