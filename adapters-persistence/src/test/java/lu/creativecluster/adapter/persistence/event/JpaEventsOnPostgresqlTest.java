package lu.creativecluster.adapter.persistence.event;

import static lu.creativecluster.application.port.out.event.SampleEvent.T0;
import static lu.creativecluster.application.port.out.event.SampleEvent.hash;
import static lu.creativecluster.application.port.out.event.SampleEvent.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import lu.creativecluster.adapter.persistence.store.TestStore;
import lu.creativecluster.application.port.out.event.SampleEvent;
import lu.creativecluster.domain.event.Event;
import lu.creativecluster.domain.event.Registration;
import lu.creativecluster.domain.event.RegistrationId;
import lu.creativecluster.domain.event.RegistrationStatus;
import org.junit.jupiter.api.Test;

/** Contract test: the JPA event adapter on a real PostgreSQL server started for the tests. */
class JpaEventsOnPostgresqlTest extends AbstractJpaEventsTest {

  @Override
  protected TestStore startStore() {
    return TestStore.postgresql("events_contract");
  }

  /**
   * Two people register for the last seat at the same moment, each in a transaction of their own,
   * as two requests would: both lock the event, the second waits for the first to commit and then
   * reads its registration, so exactly one gets the seat and the other waits. Without the lock both
   * would read a free seat and the event would be overbooked.
   */
  @Test
  void twoConcurrentRegistrationsForTheLastSeat_doNotOverbook() throws Exception {
    Event event = stored(SampleEvent.event("Evening", JUNE_18, 2));
    event.register(RegistrationId.newId(), person("Anna"), hash(), T0);
    inTransaction(() -> events().save(event));
    CountDownLatch bothLoaded = new CountDownLatch(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<RegistrationStatus>> results = new ArrayList<>();
      for (String name : List.of("Ben", "Carla")) {
        results.add(
            threads.submit(
                () ->
                    store.inTransaction(
                        () -> {
                          // Both have read the event, unlocked, before either locks it.
                          events().byId(event.id()).orElseThrow();
                          bothLoaded.countDown();
                          await(bothLoaded);
                          Event locked = events().lockedById(event.id()).orElseThrow();
                          Registration registration =
                              locked.register(RegistrationId.newId(), person(name), hash(), T0);
                          events().save(locked);
                          return registration.status();
                        })));
      }
      List<RegistrationStatus> statuses = new ArrayList<>();
      for (Future<RegistrationStatus> result : results) {
        statuses.add(result.get(30, TimeUnit.SECONDS));
      }

      assertEquals(
          List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING),
          statuses.stream().sorted().toList());
      Event read = events().byId(event.id()).orElseThrow();
      assertEquals(2, read.confirmedCount());
      assertEquals(1, read.waitingList().size());
      assertEquals(3, read.version());
      assertEquals(
          2,
          store.count(
              "SELECT COUNT(*) FROM event_registration WHERE status = 'confirmed' AND event_id = '"
                  + event.id()
                  + "'"));
    } finally {
      threads.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the other registration never started");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
