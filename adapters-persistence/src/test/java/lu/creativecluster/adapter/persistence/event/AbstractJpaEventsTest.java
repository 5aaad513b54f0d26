package lu.creativecluster.adapter.persistence.event;

import static lu.creativecluster.application.port.out.event.SampleEvent.T0;
import static lu.creativecluster.application.port.out.event.SampleEvent.hash;
import static lu.creativecluster.application.port.out.event.SampleEvent.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.TestStore;
import lu.creativecluster.application.port.out.event.AbstractEventsContractTest;
import lu.creativecluster.application.port.out.event.EventOverview;
import lu.creativecluster.application.port.out.event.Events;
import lu.creativecluster.application.port.out.event.SampleEvent;
import lu.creativecluster.domain.event.Event;
import lu.creativecluster.domain.event.RegistrationId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Test base: runs the {@link Events} contract against {@link JpaEvents} on a real database,
 * migrated by the production changelog, and checks what only the database can: the mapping and the
 * constraints that keep one registration per person even for a writer that skips the lock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractJpaEventsTest extends AbstractEventsContractTest {

  protected TestStore store;

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
    store.empty("event_registration", "event");
  }

  @AfterEach
  void closeDetached() {
    store.closeDetached();
  }

  @Override
  protected Events events() {
    return new JpaEvents(store::entityManager);
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
  void theDatabase_refusesASecondRowForTheSameAddress_evenBehindTheAdaptersBack() {
    Event event = stored(SampleEvent.event("Evening", JUNE_18, 5));
    event.register(RegistrationId.newId(), person("Anna"), hash(), T0);
    inTransaction(() -> events().save(event));

    assertThrows(
        IllegalStateException.class,
        () ->
            TestStore.execute(
                store.dataSource(),
                "INSERT INTO event_registration (id, event_id, name, email, language, status,"
                    + " sequence_no, registered_at, status_changed_at, cancellation_hash) VALUES"
                    + " ('00000000-0000-0000-0000-000000000009', '"
                    + event.id()
                    + "', 'Anna', 'anna@example.lu', 'en', 'confirmed', 99,"
                    + " TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00',"
                    + " TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', '"
                    + hash()
                    + "')"));
    assertEquals(1, store.count("SELECT COUNT(*) FROM event_registration"));
  }

  @Test
  void cachedOverviews_showARegistrationAndAStaffEdit_onTheNextRead() {
    // One adapter reads (and keeps) the overviews; writes go through others, as on other servers.
    JpaEvents reader = new JpaEvents(store::entityManager);
    Event event = stored(SampleEvent.event("Evening", JUNE_18, 5));
    assertEquals(5, inTransaction(() -> reader.overviews()).get(0).freeSeats());
    assertEquals(5, inTransaction(() -> reader.overviews()).get(0).freeSeats(), "kept");

    event.register(RegistrationId.newId(), person("Anna"), hash(), T0);
    inTransaction(() -> events().save(event));
    assertEquals(4, inTransaction(() -> reader.overviews()).get(0).freeSeats());

    Event revised = events().byId(event.id()).orElseThrow();
    revised.revise(SampleEvent.event("Renamed", JUNE_18, 1).details(), T0);
    inTransaction(() -> events().save(revised));
    EventOverview read = inTransaction(() -> reader.overviews()).get(0);
    assertEquals(revised.details(), read.details());
    assertEquals(0, read.freeSeats());

    Event another = stored(SampleEvent.event("Another", JUNE_18.plusDays(1), 5));
    assertEquals(
        List.of(event.id(), another.id()),
        inTransaction(() -> reader.overviews()).stream().map(EventOverview::id).toList());
  }
}
