package lu.creativecluster.adapter.persistence.mail;

import lu.creativecluster.adapter.persistence.store.TestStore;

/** Contract test: the JPA mail outbox adapter on a real PostgreSQL server started for the tests. */
class JpaMailOutboxOnPostgresqlTest extends AbstractJpaMailOutboxTest {

  @Override
  protected TestStore startStore() {
    return TestStore.postgresql("mail_outbox_contract");
  }
}
