package lu.creativecluster.application.port.out.event;

import static lu.creativecluster.application.port.out.event.SampleEvent.T0;
import static lu.creativecluster.application.port.out.event.SampleEvent.hash;
import static lu.creativecluster.application.port.out.event.SampleEvent.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.event.Event;
import lu.creativecluster.domain.event.EventAudience;
import lu.creativecluster.domain.event.EventDetails;
import lu.creativecluster.domain.event.EventId;
import lu.creativecluster.domain.event.EventKind;
import lu.creativecluster.domain.event.EventPlace;
import lu.creativecluster.domain.event.EventSchedule;
import lu.creativecluster.domain.event.Registrant;
import lu.creativecluster.domain.event.Registration;
import lu.creativecluster.domain.event.RegistrationId;
import lu.creativecluster.domain.event.RegistrationStatus;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import lu.creativecluster.domain.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * Contract test: what every adapter of the {@link Events} port must do (the in-memory reference in
 * this module; JPA on H2 and PostgreSQL in adapters-persistence). Each test starts on an empty
 * store. The concurrent-registration test needs real transactions and lives with the JPA adapter.
 */
public abstract class AbstractEventsContractTest {

  protected static final LocalDateTime JUNE_18 = LocalDateTime.of(2026, 6, 18, 18, 30);

  /** The adapter under test, on an empty, migrated store. */
  protected abstract Events events();

  /** Runs the work in a transaction of its own, committed unless it throws. */
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  protected void inTransaction(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  protected Event stored(Event event) {
    inTransaction(() -> events().add(event));
    return events().byId(event.id()).orElseThrow();
  }

  @Test
  void aStoredEvent_readsBackAsItWasAnnounced() {
    EventDetails details =
        new EventDetails(
            LocalizedText.of("Messe", "Foire", "Fair"),
            LocalizedText.of("Zwei\nZeilen", "Deux lignes", "Two lines"),
            EventKind.FAIR,
            new EventSchedule(JUNE_18, JUNE_18.plusDays(2)),
            new EventPlace(
                Optional.of("Luxexpo"), Optional.of(URI.create("https://live.example.lu/fair"))),
            250,
            EventAudience.MEMBERS_ONLY,
            JUNE_18.minusDays(3));
    Event event = Event.announce(EventId.newId(), details, T0);

    Event read = stored(event);

    assertEquals(details, read.details());
    assertEquals(T0, read.createdAt());
    assertEquals(0, read.version());
    assertTrue(read.registrations().isEmpty());
  }

  @Test
  void addAll_storesEveryEvent_withTheRegistrationsItAlreadyHas_atVersion0() {
    Event evening = SampleEvent.event("Evening", JUNE_18, 1);
    Registration anna = evening.register(RegistrationId.newId(), person("Anna"), hash(), T0);
    Registration ben =
        evening.register(RegistrationId.newId(), person("Ben"), hash(), T0.plusSeconds(1));
    Event fair = SampleEvent.event("Fair", JUNE_18.plusDays(7), 100);

    inTransaction(() -> events().addAll(List.of(evening, fair)));

    Event read = events().byId(evening.id()).orElseThrow();
    assertEquals(0, read.version());
    assertEquals(
        List.of(anna.id(), ben.id()), read.registrations().stream().map(Registration::id).toList());
    assertEquals(List.of(ben.id()), read.waitingList().stream().map(Registration::id).toList());
    assertEquals(fair.details(), events().byId(fair.id()).orElseThrow().details());
  }

  @Test
  void registrations_readBackWithTheirStatusOrderLanguageAndAccount() {
    Event event = stored(SampleEvent.event("Evening", JUNE_18, 1));
    AccountId account = AccountId.newId();
    String annasHash = hash();
    event.register(
        RegistrationId.newId(),
        Registrant.withAccount("Anna", new Email("anna@example.lu"), account, Language.DE),
        annasHash,
        T0);
    Registration ben =
        event.register(RegistrationId.newId(), person("Ben"), hash(), T0.plusSeconds(1));
    inTransaction(() -> events().save(event));

    Event read = events().byId(event.id()).orElseThrow();

    assertEquals(1, read.version());
    assertEquals(2, read.registrations().size());
    Registration anna = read.registrations().get(0);
    assertEquals(RegistrationStatus.CONFIRMED, anna.status());
    assertEquals(Optional.of(account), anna.registrant().account());
    assertEquals(Language.DE, anna.registrant().language());
    assertEquals(annasHash, anna.cancellationHash());
    assertEquals(T0, anna.registeredAt());
    assertEquals(List.of(ben.id()), read.waitingList().stream().map(Registration::id).toList());
    assertEquals(Language.FR, read.waitingList().get(0).registrant().language());
  }

  @Test
  void aCancellationAndItsPromotion_areSavedTogether() {
    Event event = stored(SampleEvent.event("Evening", JUNE_18, 1));
    String annasHash = hash();
    event.register(RegistrationId.newId(), person("Anna"), annasHash, T0);
    Registration ben = event.register(RegistrationId.newId(), person("Ben"), hash(), T0);
    inTransaction(() -> events().save(event));

    Event locked = inTransaction(() -> events().lockedByCancellationHash(annasHash).orElseThrow());
    locked.cancel(annasHash, T0.plusSeconds(60));
    inTransaction(() -> events().save(locked));

    Event read = events().byId(event.id()).orElseThrow();
    assertEquals(RegistrationStatus.CANCELLED, read.registrations().get(0).status());
    assertEquals(RegistrationStatus.CONFIRMED, read.registration(ben.id()).orElseThrow().status());
    assertEquals(T0.plusSeconds(60), read.registration(ben.id()).orElseThrow().statusChangedAt());
    assertTrue(events().lockedByCancellationHash(hash()).isEmpty());
  }

  @Test
  void aRenewedRegistration_keepsOneRowPerAddress() {
    Event event = stored(SampleEvent.event("Evening", JUNE_18, 5));
    String first = hash();
    event.register(RegistrationId.newId(), person("Anna"), first, T0);
    inTransaction(() -> events().save(event));
    Event again = events().byId(event.id()).orElseThrow();
    again.cancel(first, T0);
    String second = hash();
    again.register(RegistrationId.newId(), person("Anna"), second, T0);
    inTransaction(() -> events().save(again));

    Event read = events().byId(event.id()).orElseThrow();
    assertEquals(1, read.registrations().size());
    assertEquals(second, read.registrations().get(0).cancellationHash());
    assertEquals(RegistrationStatus.CONFIRMED, read.registrations().get(0).status());
  }

  @Test
  void savingFromAnOutdatedVersion_isRefused_andChangesNothing() {
    Event event = stored(SampleEvent.event("Evening", JUNE_18, 5));
    Event first = events().byId(event.id()).orElseThrow();
    Event second = events().byId(event.id()).orElseThrow();
    first.register(RegistrationId.newId(), person("Anna"), hash(), T0);
    inTransaction(() -> events().save(first));

    second.register(RegistrationId.newId(), person("Ben"), hash(), T0);
    assertThrows(ConcurrentUpdateException.class, () -> inTransaction(() -> events().save(second)));

    Event read = events().byId(event.id()).orElseThrow();
    assertEquals(1, read.registrations().size());
    assertEquals("Anna", read.registrations().get(0).registrant().name());
  }

  @Test
  void upcoming_areTheEventsNotEndedYet_soonestFirst() {
    Event past = stored(SampleEvent.event("Past", JUNE_18.minusMonths(1), 5));
    Event later = stored(SampleEvent.event("Later", JUNE_18.plusMonths(1), 5));
    Event soon = stored(SampleEvent.event("Soon", JUNE_18, 5));
    // 20:00 on June 18th in Luxembourg: the evening has begun but not ended.
    Instant now = Instant.parse("2026-06-18T18:00:00Z");

    assertEquals(
        List.of(soon.id(), later.id()), events().upcoming(now).stream().map(Event::id).toList());
    assertEquals(
        List.of(later.id(), soon.id(), past.id()), events().all().stream().map(Event::id).toList());
  }

  @Test
  void overviews_countSeatsAndWaitingList_soonestFirst() {
    Event later = stored(SampleEvent.event("Later", JUNE_18.plusMonths(1), 5));
    Event full = stored(SampleEvent.event("Full", JUNE_18, 1));
    String annasHash = hash();
    full.register(RegistrationId.newId(), person("Anna"), annasHash, T0);
    full.register(RegistrationId.newId(), person("Ben"), hash(), T0);
    full.register(RegistrationId.newId(), person("Cleo"), hash(), T0);
    full.cancel(annasHash, T0.plusSeconds(1));
    inTransaction(() -> events().save(full));

    List<EventOverview> read = inTransaction(() -> events().overviews());

    assertEquals(List.of(full.id(), later.id()), read.stream().map(EventOverview::id).toList());
    EventOverview first = read.get(0);
    assertEquals(full.details(), first.details());
    assertEquals(1, first.seated(), "Ben moved up when Anna cancelled");
    assertEquals(1, first.waiting(), "Cleo waits");
    assertEquals(0, first.freeSeats());
    assertEquals(1, first.version());
    assertEquals(5, read.get(1).freeSeats());
    assertEquals(0, read.get(1).waiting());
  }

  @Test
  void anUnknownEvent_isEmpty_lockedOrNot() {
    assertTrue(events().byId(EventId.newId()).isEmpty());
    assertTrue(inTransaction(() -> events().lockedById(EventId.newId())).isEmpty());
  }
}
