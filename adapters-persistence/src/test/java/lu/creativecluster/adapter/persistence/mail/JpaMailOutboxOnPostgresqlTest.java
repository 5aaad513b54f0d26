package lu.creativecluster.adapter.persistence.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import lu.creativecluster.adapter.persistence.store.TestStore;
import lu.creativecluster.application.port.out.mail.QueuedMail;
import org.junit.jupiter.api.Test;

/**
 * Contract test: the JPA mail outbox on a real PostgreSQL server started for the tests, and what
 * only a real server shows: two nodes claiming from one outbox at the same moment never get the
 * same mail, and neither waits for the other.
 */
class JpaMailOutboxOnPostgresqlTest extends AbstractJpaMailOutboxTest {

  @Override
  protected TestStore startStore() {
    return TestStore.postgresql("mail_outbox_contract");
  }

  @Test
  void aClaimWhileAnotherNodeHoldsItsRows_skipsThem_withoutWaiting() throws Exception {
    for (int i = 0; i < 10; i++) {
      outbox().enqueue(mail("m" + i + "@example.lu"), T0.plusMillis(i));
    }
    JpaMailOutbox adapter = new JpaMailOutbox(store()::entityManager);
    Instant now = T0.plusSeconds(1);
    Instant lease = T0.plusSeconds(600);
    CountDownLatch firstClaimed = new CountDownLatch(1);
    CountDownLatch secondDone = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      // Node one claims four mails and keeps its transaction (and its row locks) open.
      Future<List<QueuedMail>> first =
          nodes.submit(
              () ->
                  store()
                      .inTransaction(
                          () -> {
                            List<QueuedMail> mine = adapter.claim(now, 4, lease);
                            firstClaimed.countDown();
                            awaitQuietly(secondDone);
                            return mine;
                          }));
      assertTrue(firstClaimed.await(20, TimeUnit.SECONDS));

      // Node two claims meanwhile: it must neither wait for node one nor get its mails.
      Future<List<QueuedMail>> second =
          nodes.submit(() -> store().inTransaction(() -> adapter.claim(now, 10, lease)));
      List<QueuedMail> secondMails = second.get(10, TimeUnit.SECONDS);
      secondDone.countDown();
      List<QueuedMail> firstMails = first.get(20, TimeUnit.SECONDS);

      assertEquals(4, firstMails.size());
      assertEquals(6, secondMails.size());
      Set<UUID> ids = new HashSet<>();
      firstMails.forEach(m -> ids.add(m.id()));
      secondMails.forEach(m -> ids.add(m.id()));
      assertEquals(10, ids.size(), "no mail claimed twice");
    } finally {
      secondDone.countDown();
      nodes.shutdownNow();
    }
  }

  @Test
  void twoNodesDrainingOneOutbox_claimEveryMailExactlyOnce() throws Exception {
    int mails = 300;
    for (int i = 0; i < mails; i++) {
      outbox().enqueue(mail("n" + i + "@example.lu"), T0.plusMillis(i));
    }
    JpaMailOutbox adapter = new JpaMailOutbox(store()::entityManager);
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<UUID>>> drained = new ArrayList<>();
      for (int node = 0; node < 2; node++) {
        drained.add(
            nodes.submit(
                () -> {
                  start.await(20, TimeUnit.SECONDS);
                  List<UUID> mine = new ArrayList<>();
                  while (true) {
                    List<QueuedMail> batch =
                        store()
                            .inTransaction(
                                () -> adapter.claim(T0.plusSeconds(1), 3, T0.plusSeconds(600)));
                    if (batch.isEmpty()) {
                      return mine;
                    }
                    batch.forEach(m -> mine.add(m.id()));
                  }
                }));
      }
      List<UUID> all = new ArrayList<>();
      for (Future<List<UUID>> node : drained) {
        all.addAll(node.get(60, TimeUnit.SECONDS));
      }

      assertEquals(mails, all.size(), "claims in all, duplicates included");
      assertEquals(mails, new HashSet<>(all).size(), "every mail claimed exactly once");
    } finally {
      nodes.shutdownNow();
    }
  }
}
