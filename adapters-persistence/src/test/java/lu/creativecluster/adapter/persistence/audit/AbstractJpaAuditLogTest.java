package lu.creativecluster.adapter.persistence.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.TestStore;
import lu.creativecluster.application.port.out.audit.AbstractAuditLogContractTest;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.domain.audit.AuditEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Test base: runs the {@link AuditLog} contract against {@link JpaAuditLog} on a real database, and
 * checks what only the database can.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractJpaAuditLogTest extends AbstractAuditLogContractTest {

  private TestStore store;

  /** Starts an empty, migrated database for this test class. */
  protected abstract TestStore startStore();

  @BeforeAll
  void start() {
    store = startStore();
  }

  @AfterAll
  void stop() {
    if (store != null) {
      store.close();
    }
  }

  @BeforeEach
  void emptyTables() {
    store.empty("audit_event");
  }

  @AfterEach
  void closeDetached() {
    store.closeDetached();
  }

  @Override
  protected AuditLog auditLog() {
    return new JpaAuditLog(store::entityManager);
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return store.inTransaction(work);
  }

  @Test
  void entityMapping_matchesTheSchemaLiquibaseBuilt() {
    store.validateMapping();
  }

  @Test
  void anEventAppendedInATransactionThatRollsBack_isNotKept() {
    try {
      inTransaction(
          () -> {
            auditLog().append(event(T0));
            throw new IllegalStateException("the use case failed");
          });
    } catch (IllegalStateException expected) {
      // The use case's failure; the log must not claim it happened.
    }

    assertEquals(0, store.count("SELECT COUNT(*) FROM audit_event"));
  }

  @Test
  void append_joinsTheCallersTransaction_orHasOneOfItsOwn() throws NoSuchMethodException {
    Transactional transactional =
        JpaAuditLog.class.getMethod("append", AuditEvent.class).getAnnotation(Transactional.class);

    assertEquals(Transactional.TxType.REQUIRED, transactional.value());
  }
}
