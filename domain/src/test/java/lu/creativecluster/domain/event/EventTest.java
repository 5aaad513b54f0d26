package lu.creativecluster.domain.event;

import static lu.creativecluster.domain.event.EventSamples.T0;
import static lu.creativecluster.domain.event.EventSamples.hash;
import static lu.creativecluster.domain.event.EventSamples.person;
import static lu.creativecluster.domain.event.EventSamples.register;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.event.RegistrationRefusedException.Reason;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

class EventTest {

  private static final Instant EVENING = Instant.parse("2026-06-18T16:30:00Z");

  @Test
  void registrationsUpToCapacity_areConfirmed_andTheNextOnesWait() {
    Event event = EventSamples.event(2);

    Registration anna = register(event, "Anna", hash());
    Registration ben = register(event, "Ben", hash());
    Registration carla = register(event, "Carla", hash());
    Registration dan = register(event, "Dan", hash());

    assertEquals(RegistrationStatus.CONFIRMED, anna.status());
    assertEquals(RegistrationStatus.CONFIRMED, ben.status());
    assertEquals(RegistrationStatus.WAITING, carla.status());
    assertEquals(RegistrationStatus.WAITING, dan.status());
    assertEquals(0, event.freeSeats());
    assertEquals(2, event.confirmedCount());
    assertEquals(List.of(carla, dan), event.waitingList());
  }

  @Test
  void cancellingAConfirmedSeat_promotesTheLongestWaiting_firstInFirstOut() {
    Event event = EventSamples.event(1);
    String annasLink = hash();
    register(event, "Anna", annasLink);
    Registration ben = register(event, "Ben", hash());
    Registration carla = register(event, "Carla", hash());
    Instant later = T0.plusSeconds(3600);

    Optional<Registration> promoted = event.cancel(annasLink, later);

    assertEquals(Optional.of(ben), promoted);
    assertEquals(RegistrationStatus.CONFIRMED, ben.status());
    assertEquals(later, ben.statusChangedAt());
    assertEquals(RegistrationStatus.WAITING, carla.status());
    assertEquals(List.of(carla), event.waitingList());
    assertEquals(0, event.freeSeats());
  }

  @Test
  void cancellingAWaitingPlace_promotesNobody_andTheQueueCloses() {
    Event event = EventSamples.event(1);
    Registration anna = register(event, "Anna", hash());
    String bensLink = hash();
    Registration ben = register(event, "Ben", bensLink);
    Registration carla = register(event, "Carla", hash());

    assertEquals(Optional.empty(), event.cancel(bensLink, T0));

    assertEquals(RegistrationStatus.CANCELLED, ben.status());
    assertEquals(RegistrationStatus.CONFIRMED, anna.status());
    assertEquals(List.of(carla), event.waitingList());
  }

  @Test
  void aSeatThatFreesWithNobodyWaiting_goesToTheNextToRegister() {
    Event event = EventSamples.event(1);
    String annasLink = hash();
    register(event, "Anna", annasLink);
    event.cancel(annasLink, T0);

    assertEquals(1, event.freeSeats());
    assertEquals(RegistrationStatus.CONFIRMED, register(event, "Ben", hash()).status());
  }

  @Test
  void registeringTwice_withTheSameAddress_isRefused_andChangesNothing() {
    Event event = EventSamples.event(5);
    register(event, "Anna", hash());

    RegistrationRefusedException refused =
        assertThrows(
            RegistrationRefusedException.class,
            () ->
                event.register(
                    RegistrationId.newId(),
                    Registrant.guest("Anna B.", new Email(" ANNA@example.lu "), Language.EN),
                    hash(),
                    T0));

    assertEquals(Reason.ALREADY_REGISTERED, refused.reason());
    assertEquals(1, event.registrations().size());
  }

  @Test
  void registeringTwice_withTheSameAccount_underAnotherAddress_isRefused() {
    Event event = EventSamples.event(5);
    AccountId account = AccountId.newId();
    event.register(
        RegistrationId.newId(),
        Registrant.withAccount("Anna", new Email("anna@example.lu"), account, Language.EN),
        hash(),
        T0);

    RegistrationRefusedException refused =
        assertThrows(
            RegistrationRefusedException.class,
            () ->
                event.register(
                    RegistrationId.newId(),
                    Registrant.withAccount("Anna", new Email("anna@work.lu"), account, Language.EN),
                    hash(),
                    T0));
    assertEquals(Reason.ALREADY_REGISTERED, refused.reason());
  }

  @Test
  void aPersonWhoCancelled_mayRegisterAgain_atTheEndOfTheQueue_withANewLink() {
    Event event = EventSamples.event(1);
    String firstLink = hash();
    Registration anna = register(event, "Anna", firstLink);
    Registration ben = register(event, "Ben", hash());
    event.cancel(firstLink, T0);
    String secondLink = hash();

    Registration again = register(event, "Anna", secondLink);

    assertEquals(anna.id(), again.id());
    assertEquals(RegistrationStatus.WAITING, again.status());
    assertEquals(secondLink, again.cancellationHash());
    assertEquals(List.of(again), event.waitingList());
    assertEquals(RegistrationStatus.CONFIRMED, ben.status());
    assertEquals(2, event.registrations().size());
    RegistrationRefusedException oldLink =
        assertThrows(RegistrationRefusedException.class, () -> event.cancel(firstLink, T0));
    assertEquals(Reason.UNKNOWN_REGISTRATION, oldLink.reason());
  }

  @Test
  void registeringAfterTheDeadline_isRefused_butAtTheDeadlineItselfIsFine() {
    Event event = EventSamples.event(5);
    Instant deadline = Instant.parse("2026-06-17T10:00:00Z"); // 12:00 in Luxembourg, summer time

    RegistrationRefusedException refused =
        assertThrows(
            RegistrationRefusedException.class,
            () ->
                event.register(
                    RegistrationId.newId(), person("Late"), hash(), deadline.plusSeconds(1)));

    assertEquals(Reason.DEADLINE_PASSED, refused.reason());
    assertTrue(event.registrations().isEmpty());
    assertEquals(
        RegistrationStatus.CONFIRMED,
        event.register(RegistrationId.newId(), person("Just"), hash(), deadline).status());
    assertFalse(event.isOpenForRegistrationAt(deadline.plusSeconds(1)));
  }

  @Test
  void aMembersOnlyEvent_refusesGuestsWithoutAccount() {
    Event event =
        Event.announce(EventId.newId(), EventSamples.details(5, EventAudience.MEMBERS_ONLY), T0);

    RegistrationRefusedException refused =
        assertThrows(
            RegistrationRefusedException.class,
            () -> event.register(RegistrationId.newId(), person("Guest"), hash(), T0));
    assertEquals(Reason.MEMBERS_ONLY, refused.reason());

    Registration member =
        event.register(
            RegistrationId.newId(),
            Registrant.withAccount(
                "Member", new Email("m@example.lu"), AccountId.newId(), Language.EN),
            hash(),
            T0);
    assertEquals(RegistrationStatus.CONFIRMED, member.status());
  }

  @Test
  void cancellingTwice_withAnUnknownLink_orOnceTheEventBegan_isRefused() {
    Event event = EventSamples.event(5);
    String link = hash();
    String other = hash();
    register(event, "Anna", link);
    register(event, "Ben", other);
    event.cancel(link, T0);

    assertEquals(
        Reason.ALREADY_CANCELLED,
        assertThrows(RegistrationRefusedException.class, () -> event.cancel(link, T0)).reason());
    assertEquals(
        Reason.UNKNOWN_REGISTRATION,
        assertThrows(RegistrationRefusedException.class, () -> event.cancel(hash(), T0)).reason());
    assertEquals(
        Reason.EVENT_STARTED,
        assertThrows(RegistrationRefusedException.class, () -> event.cancel(other, EVENING))
            .reason());
  }

  @Test
  void staffCheckAttendance_ofConfirmedPeople_onTheDay_onceOnly() {
    Event event = EventSamples.event(1);
    Registration anna = register(event, "Anna", hash());
    Registration ben = register(event, "Ben", hash());

    assertEquals(
        Reason.TOO_EARLY_FOR_ATTENDANCE,
        assertThrows(
                RegistrationRefusedException.class,
                () -> event.recordAttendance(anna.id(), Instant.parse("2026-06-17T21:59:00Z")))
            .reason());
    // 00:01 on the 18th in Luxembourg is already the day of the event.
    event.recordAttendance(anna.id(), Instant.parse("2026-06-17T22:01:00Z"));
    event.recordAttendance(anna.id(), EVENING);

    assertEquals(RegistrationStatus.ATTENDED, anna.status());
    assertEquals(Instant.parse("2026-06-17T22:01:00Z"), anna.statusChangedAt());
    assertEquals(
        Reason.NOT_CONFIRMED,
        assertThrows(
                RegistrationRefusedException.class, () -> event.recordAttendance(ben.id(), EVENING))
            .reason());
    assertEquals(
        Reason.UNKNOWN_REGISTRATION,
        assertThrows(
                RegistrationRefusedException.class,
                () -> event.recordAttendance(RegistrationId.newId(), EVENING))
            .reason());
    // An attended seat stays taken.
    assertEquals(0, event.freeSeats());
  }

  @Test
  void moreSeats_promoteTheWaitingInOrder_andFewerThanConfirmedAreRefused() {
    Event event = EventSamples.event(1);
    register(event, "Anna", hash());
    Registration ben = register(event, "Ben", hash());
    Registration carla = register(event, "Carla", hash());
    Registration dan = register(event, "Dan", hash());

    List<Registration> promoted =
        event.revise(EventSamples.details(3, EventAudience.OPEN_TO_ALL), T0);

    assertEquals(List.of(ben, carla), promoted);
    assertEquals(List.of(dan), event.waitingList());
    CapacityBelowConfirmedException tooFew =
        assertThrows(
            CapacityBelowConfirmedException.class,
            () -> event.revise(EventSamples.details(2, EventAudience.OPEN_TO_ALL), T0));
    assertEquals(3, tooFew.confirmed());
    assertEquals(3, event.details().capacity());
  }

  @Test
  void theScheduleIsLuxembourgTime_andEndsAfterItStarts() {
    EventSchedule summer = new EventSchedule(EventSamples.START, EventSamples.END);
    EventSchedule winter =
        new EventSchedule(
            LocalDateTime.of(2026, 12, 3, 18, 30), LocalDateTime.of(2026, 12, 3, 21, 0));

    assertEquals(Instant.parse("2026-06-18T16:30:00Z"), summer.startInstant());
    assertEquals(Instant.parse("2026-12-03T17:30:00Z"), winter.startInstant());
    assertThrows(
        IllegalArgumentException.class,
        () -> new EventSchedule(EventSamples.START, EventSamples.START.minusMinutes(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new EventSchedule(EventSamples.START, EventSamples.START));
  }

  @Test
  void anEventTakesPlaceSomewhere_andItsOnlineLinkIsHttps() {
    assertThrows(
        IllegalArgumentException.class, () -> new EventPlace(Optional.empty(), Optional.empty()));
    assertThrows(
        IllegalArgumentException.class, () -> EventPlace.online(URI.create("javascript:alert(1)")));
    assertThrows(
        IllegalArgumentException.class, () -> EventPlace.online(URI.create("http://meet.lu/x")));
    assertThrows(
        IllegalArgumentException.class,
        () -> EventPlace.online(URI.create("https://meet.lu/" + "x".repeat(EventPlace.MAX_LINK))));
    assertEquals(
        "meet.example.lu",
        EventPlace.online(URI.create("https://meet.example.lu/abc"))
            .onlineLink()
            .orElseThrow()
            .getHost());
  }

  @Test
  void theDeadline_isNotAfterTheEnd_andCapacityIsPositive() {
    EventDetails sample = EventSamples.details(5, EventAudience.OPEN_TO_ALL);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new EventDetails(
                sample.title(),
                sample.description(),
                sample.kind(),
                sample.schedule(),
                sample.place(),
                5,
                sample.audience(),
                EventSamples.END.plusMinutes(1)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new EventDetails(
                sample.title(),
                sample.description(),
                sample.kind(),
                sample.schedule(),
                sample.place(),
                0,
                sample.audience(),
                EventSamples.DEADLINE));
  }

  @Test
  void reconstitutedRegistrations_keepTheirQueueOrder() {
    Event original = EventSamples.event(1);
    register(original, "Anna", hash());
    register(original, "Ben", hash());
    register(original, "Carla", hash());
    List<Registration> shuffled =
        List.of(
            original.registrations().get(2),
            original.registrations().get(0),
            original.registrations().get(1));

    Event copy =
        Event.reconstitute(original.id(), original.details(), shuffled, original.createdAt(), 4);

    assertEquals(original.registrations(), copy.registrations());
    assertEquals("Ben", copy.waitingList().get(0).registrant().name());
    assertEquals(4, copy.version());
  }

  @Test
  void aCancellationHash_isAHexSha256() {
    Event event = EventSamples.event(1);
    assertThrows(IllegalArgumentException.class, () -> register(event, "Anna", "secret"));
    assertTrue(event.registrations().isEmpty());
  }
}
