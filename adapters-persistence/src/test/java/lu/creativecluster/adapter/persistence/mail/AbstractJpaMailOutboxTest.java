package lu.creativecluster.adapter.persistence.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.Transactional;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.TestStore;
import lu.creativecluster.application.port.out.mail.AbstractMailOutboxContractTest;
import lu.creativecluster.application.port.out.mail.MailContent;
import lu.creativecluster.application.port.out.mail.MailOutbox;
import lu.creativecluster.application.port.out.mail.QueuedMail;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.TokenPurpose;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Test base: runs the {@link MailOutbox} contract against {@link JpaMailOutbox} on a real database.
 * Outside the server no interceptor runs, so the adapter is called through a stand-in for its
 * {@code @Transactional(REQUIRED)} methods; a test checks every method carries that annotation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractJpaMailOutboxTest extends AbstractMailOutboxContractTest {

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
    store.empty("mail_outbox");
  }

  @AfterEach
  void closeDetached() {
    store.closeDetached();
  }

  /** The database of this test class. */
  protected TestStore store() {
    return store;
  }

  @Override
  protected MailOutbox outbox() {
    return new RequiredTransactions(new JpaMailOutbox(store::entityManager), store);
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
  void everyMethod_joinsTheCallersTransaction_orHasOneOfItsOwn() {
    for (Method port : MailOutbox.class.getMethods()) {
      Transactional transactional = adapterMethod(port).getAnnotation(Transactional.class);

      assertNotNull(transactional, port.getName() + " is not @Transactional");
      assertEquals(Transactional.TxType.REQUIRED, transactional.value(), port.getName());
    }
  }

  @Test
  void delivered_recordsWhen() throws SQLException {
    outbox().enqueue(mail("done@example.lu"), T0);
    UUID id = outbox().due(T0, 1).get(0).id();

    outbox().delivered(id, T0.plusSeconds(2));

    assertEquals(T0.plusSeconds(2), instantColumn(id, "delivered_at"));
  }

  @Test
  void delivered_forgetsTheText_andKeepsWhatTheCountsNeed() throws SQLException {
    outbox().enqueue(mail("done@example.lu"), T0);
    UUID id = outbox().due(T0, 1).get(0).id();

    outbox().delivered(id, T0.plusSeconds(2));

    assertNull(textColumn(id, "body"));
    assertEquals("done@example.lu", textColumn(id, "recipient"));
    assertEquals("message", textColumn(id, "kind"));
  }

  @Test
  void aLinkMail_isStoredWithoutText_waitingOrDelivered() throws SQLException {
    AccountId jane = AccountId.newId();
    outbox().enqueue(link(TokenPurpose.INVITATION, jane), T0);
    UUID id = outbox().due(T0, 1).get(0).id();

    assertNull(textColumn(id, "body"));
    assertNull(textColumn(id, "subject"));
    assertEquals("invitation", textColumn(id, "kind"));
    assertEquals(jane.value().toString(), textColumn(id, "account_id"));
    assertEquals("de", textColumn(id, "language"));
    outbox().delivered(id, T0.plusSeconds(1));
    assertNull(textColumn(id, "body"));
  }

  @Test
  void theSchema_refusesALinkMailWithABody() {
    UUID id = UUID.randomUUID();
    String insert =
        "INSERT INTO mail_outbox (id, kind, recipient, body, account_id, language, display_name,"
            + " created_at, next_attempt_at) VALUES ('"
            + id
            + "', 'invitation', 'x@example.lu', 'https://x/set-password?token=secret', '"
            + UUID.randomUUID()
            + "', 'en', 'X', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";

    assertThrows(IllegalStateException.class, () -> TestStore.execute(store.dataSource(), insert));
  }

  @Test
  void attemptFailed_keepsTheErrorCutToItsColumn() throws SQLException {
    outbox().enqueue(mail("broken@example.lu"), T0);
    UUID id = outbox().due(T0, 1).get(0).id();
    // 600 characters, with a character outside the BMP where the cut falls.
    String error = "e".repeat(498) + "😀" + "f".repeat(100);

    outbox().attemptFailed(id, 1, T0.plusSeconds(60), error);

    String stored = textColumn(id, "last_error");
    assertEquals("e".repeat(498) + "…", stored);
    outbox().attemptFailed(id, 2, T0.plusSeconds(120), null);
    assertNull(textColumn(id, "last_error"));
  }

  /**
   * While one claim holds its transaction open, a due mail beyond its candidates can still be
   * written (by the delivery recording an attempt, or by a second claim) without waiting: a claim
   * does not lock the whole backlog, as H2's {@code FOR UPDATE} over every due row did.
   */
  @Test
  void aClaimHoldingItsTransaction_leavesTheRestOfABacklogWritable() throws Exception {
    int backlog = 4 * JpaMailOutbox.CANDIDATES_PER_CLAIMED;
    for (int i = 0; i < backlog; i++) {
      outbox().enqueue(mail("b" + i + "@example.lu"), T0.plusMillis(i));
    }
    Instant now = T0.plusSeconds(1);
    UUID youngest = idOf("b" + (backlog - 1) + "@example.lu", outbox().due(now, backlog));
    JpaMailOutbox adapter = new JpaMailOutbox(store::entityManager);
    CountDownLatch claimed = new CountDownLatch(1);
    CountDownLatch written = new CountDownLatch(1);
    ExecutorService node = Executors.newSingleThreadExecutor();
    try {
      Future<List<QueuedMail>> holding =
          node.submit(
              () ->
                  store.inTransaction(
                      () -> {
                        List<QueuedMail> mine = adapter.claim(now, 2, T0.plusSeconds(600));
                        claimed.countDown();
                        awaitQuietly(written);
                        return mine;
                      }));
      assertTrue(claimed.await(20, TimeUnit.SECONDS));

      try (Connection connection = store.dataSource().getConnection();
          PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE mail_outbox SET last_error = 'written meanwhile' WHERE id = ?")) {
        update.setQueryTimeout(5);
        update.setObject(1, youngest);
        assertEquals(1, update.executeUpdate(), "the youngest mail was not locked by the claim");
      } finally {
        written.countDown();
      }
      assertEquals(
          List.of("b0@example.lu", "b1@example.lu"),
          recipients(holding.get(20, TimeUnit.SECONDS)),
          "the claim took the oldest two");
    } finally {
      written.countDown();
      node.shutdownNow();
    }
    assertEquals("written meanwhile", textColumn(youngest, "last_error"));
  }

  /** Waits for the latch, at most 20 s; an interrupt ends the wait. */
  static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void due_worksOutsideAnyTransaction() {
    for (int i = 0; i < 5; i++) {
      outbox().enqueue(mail("m" + i + "@example.lu"), T0);
    }

    // Straight to the adapter, without the stand-in: no transaction at all.
    List<QueuedMail> due = new JpaMailOutbox(store::entityManager).due(T0, 10);

    assertEquals(5, due.size());
  }

  private static Method adapterMethod(Method port) {
    try {
      return JpaMailOutbox.class.getMethod(port.getName(), port.getParameterTypes());
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  private Instant instantColumn(UUID id, String column) throws SQLException {
    return query(id, column, rs -> rs.getObject(1, OffsetDateTime.class).toInstant());
  }

  private String textColumn(UUID id, String column) throws SQLException {
    return query(id, column, rs -> rs.getString(1));
  }

  private <T> T query(UUID id, String column, Column<T> read) throws SQLException {
    try (Connection connection = store.dataSource().getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT " + column + " FROM mail_outbox WHERE id = ?")) {
      select.setObject(1, id);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return read.from(rs);
      }
    }
  }

  private interface Column<T> {
    T from(ResultSet rs) throws SQLException;
  }

  /** Test stand-in for the container's {@code @Transactional(REQUIRED)} interceptor. */
  private record RequiredTransactions(MailOutbox adapter, TestStore store) implements MailOutbox {

    @Override
    public void enqueue(MailContent mail, Instant at) {
      run(() -> adapter.enqueue(mail, at));
    }

    @Override
    public void withdraw(UUID id) {
      run(() -> adapter.withdraw(id));
    }

    @Override
    public int withdrawLinkMailsOf(AccountId account) {
      return store.inRequiredTransaction(() -> adapter.withdrawLinkMailsOf(account));
    }

    @Override
    public long linkMailsSince(AccountId account, TokenPurpose purpose, Instant since) {
      return store.inRequiredTransaction(() -> adapter.linkMailsSince(account, purpose, since));
    }

    @Override
    public List<QueuedMail> due(Instant now, int max) {
      return store.inRequiredTransaction(() -> adapter.due(now, max));
    }

    @Override
    public List<QueuedMail> claim(Instant now, int max, Instant leaseUntil) {
      return store.inRequiredTransaction(() -> adapter.claim(now, max, leaseUntil));
    }

    @Override
    public void delivered(UUID id, Instant at) {
      run(() -> adapter.delivered(id, at));
    }

    @Override
    public void attemptFailed(UUID id, int attempts, Instant nextAttemptAt, String error) {
      run(() -> adapter.attemptFailed(id, attempts, nextAttemptAt, error));
    }

    private void run(Runnable work) {
      store.inRequiredTransaction(
          () -> {
            work.run();
            return null;
          });
    }
  }
}
