package lu.creativecluster.adapter.persistence.mail;

import lu.creativecluster.adapter.persistence.store.TestStore;

/** Contract test: the JPA mail outbox adapter on H2, the database a fresh install runs on. */
class JpaMailOutboxOnH2Test extends AbstractJpaMailOutboxTest {

  @Override
  protected TestStore startStore() {
    return TestStore.h2("mail_outbox_contract");
  }
}
