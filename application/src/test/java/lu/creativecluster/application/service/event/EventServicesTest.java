package lu.creativecluster.application.service.event;

import static lu.creativecluster.application.port.out.event.SampleEvent.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.event.AnnounceEventCommand;
import lu.creativecluster.application.port.in.event.CancellationResult;
import lu.creativecluster.application.port.in.event.EventListQuery;
import lu.creativecluster.application.port.in.event.EventNotFoundException;
import lu.creativecluster.application.port.in.event.EventSummary;
import lu.creativecluster.application.port.in.event.RegisterForEventCommand;
import lu.creativecluster.application.port.in.event.RegistrationReceipt;
import lu.creativecluster.application.port.in.event.ReviseEventCommand;
import lu.creativecluster.application.port.out.event.EventMailTemplates;
import lu.creativecluster.application.port.out.event.SampleEvent;
import lu.creativecluster.application.port.out.mail.OutgoingMail;
import lu.creativecluster.application.service.account.LinkSecrets;
import lu.creativecluster.application.service.audit.MutableClock;
import lu.creativecluster.application.service.mail.InMemoryMailOutbox;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.event.Event;
import lu.creativecluster.domain.event.EventAudience;
import lu.creativecluster.domain.event.EventDetails;
import lu.creativecluster.domain.event.EventId;
import lu.creativecluster.domain.event.EventSchedule;
import lu.creativecluster.domain.event.Registrant;
import lu.creativecluster.domain.event.RegistrationId;
import lu.creativecluster.domain.event.RegistrationRefusedException;
import lu.creativecluster.domain.event.RegistrationRefusedException.Reason;
import lu.creativecluster.domain.event.RegistrationStatus;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

class EventServicesTest {

  private static final LocalDateTime JUNE_18 = LocalDateTime.of(2026, 6, 18, 18, 30);

  private final InMemoryEvents events = new InMemoryEvents();
  private final MutableClock clock = new MutableClock(T0);
  private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
  private final RecordingEventMails mails = new RecordingEventMails();
  private final ManageEventsService manage = new ManageEventsService(events, outbox, mails, clock);
  private final ListEventsService list = new ListEventsService(events, clock);
  private final RegistrationService registrations =
      new RegistrationService(events, outbox, mails, clock);

  private final Actor staff =
      Actor.person(AccountId.newId().toString(), "Staff", Set.of(Role.STAFF));
  private final AccountId memberAccount = AccountId.newId();
  private final Actor member = Actor.person(memberAccount.toString(), "M", Set.of(Role.MEMBER));

  @Test
  void aFullEvent_putsTheNextPersonOnTheWaitingList_andACancellationLinkPromotesThem() {
    Event event = announce(SampleEvent.details("Evening", JUNE_18, 1));
    RegistrationReceipt anna = register(event.id(), "Anna");
    RegistrationReceipt ben = register(event.id(), "Ben");

    assertTrue(anna.confirmed());
    assertEquals(0, anna.waitingPosition());
    assertFalse(ben.confirmed());
    assertEquals(1, ben.waitingPosition());

    CancellationResult result = registrations.cancel(anna.cancellationSecret());

    assertEquals(anna.registration().id(), result.cancelled().id());
    assertEquals(RegistrationStatus.CANCELLED, result.cancelled().status());
    assertEquals(ben.registration().id(), result.promoted().orElseThrow().id());
    Event stored = events.byId(event.id()).orElseThrow();
    assertEquals(
        RegistrationStatus.CONFIRMED,
        stored.registration(ben.registration().id()).orElseThrow().status());
  }

  @Test
  void eachRegistration_queuesItsMail_andAPromotionTellsWhoMovedUp() {
    Event event = announce(SampleEvent.details("Evening", JUNE_18, 1));
    RegistrationReceipt anna = register(event.id(), "Anna");
    RegistrationReceipt ben = register(event.id(), "Ben");
    registrations.cancel(anna.cancellationSecret());

    assertEquals(
        List.of(
            "confirmed anna@example.lu Evening " + anna.cancellationSecret(),
            "waiting ben@example.lu Evening 1 " + ben.cancellationSecret(),
            "promoted ben@example.lu Evening"),
        outbox.outgoingMails().stream().map(m -> m.subject()).toList());
  }

  @Test
  void aRefusedRegistration_queuesNoMail() {
    Event event = announce(SampleEvent.details("Evening", JUNE_18, 5));
    register(event.id(), "Anna");
    assertThrows(RegistrationRefusedException.class, () -> register(event.id(), "Anna"));
    assertEquals(1, outbox.outgoingMails().size());
  }

  @Test
  void theListShowsPastEventsLatestFirst_andFiltersByKindAndDays() {
    Event june = announce(SampleEvent.details("June", JUNE_18, 5));
    Event july = announce(SampleEvent.details("July", JUNE_18.plusMonths(1), 5));
    assertEquals(
        List.of(june.id(), july.id()),
        list.list(EventListQuery.allUpcoming()).items().stream().map(EventSummary::id).toList());
    var onlyJuly =
        new EventListQuery(
            Optional.empty(),
            Optional.of(JUNE_18.toLocalDate().plusDays(1)),
            Optional.empty(),
            false,
            0,
            10);
    assertEquals(
        List.of(july.id()), list.list(onlyJuly).items().stream().map(EventSummary::id).toList());
    clock.advance(
        Duration.between(
            clock.instant(), JUNE_18.plusMonths(2).atZone(EventSchedule.ZONE).toInstant()));
    assertEquals(
        List.of(july.id(), june.id()),
        list.list(EventListQuery.allPast()).items().stream().map(EventSummary::id).toList());
    assertTrue(list.list(EventListQuery.allUpcoming()).items().isEmpty());
  }

  @Test
  void theSecretIsHandedBackOnce_andOnlyItsHashIsStored() {
    Event event = announce(SampleEvent.details("Evening", JUNE_18, 5));
    RegistrationReceipt receipt = register(event.id(), "Anna");

    String stored = events.byId(event.id()).orElseThrow().registrations().get(0).cancellationHash();
    assertEquals(LinkSecrets.hashOf(receipt.cancellationSecret()), stored);
    assertNotEquals(receipt.cancellationSecret(), stored);
    assertFalse(receipt.toString().contains(receipt.cancellationSecret()));
  }

  @Test
  void aWrongOrReusedLink_cancelsNobody() {
    Event event = announce(SampleEvent.details("Evening", JUNE_18, 5));
    RegistrationReceipt anna = register(event.id(), "Anna");
    RegistrationReceipt ben = register(event.id(), "Ben");

    assertEquals(
        Reason.UNKNOWN_REGISTRATION,
        assertThrows(RegistrationRefusedException.class, () -> registrations.cancel("guessed"))
            .reason());
    assertEquals(
        Reason.UNKNOWN_REGISTRATION,
        assertThrows(RegistrationRefusedException.class, () -> registrations.cancel(null))
            .reason());
    registrations.cancel(anna.cancellationSecret());
    assertEquals(
        Reason.ALREADY_CANCELLED,
        assertThrows(
                RegistrationRefusedException.class,
                () -> registrations.cancel(anna.cancellationSecret()))
            .reason());
    assertEquals(
        RegistrationStatus.CONFIRMED,
        events
            .byId(event.id())
            .orElseThrow()
            .registration(ben.registration().id())
            .orElseThrow()
            .status());
  }

  @Test
  void registeringTwice_isRefused_andNothingChanges() {
    Event event = announce(SampleEvent.details("Evening", JUNE_18, 5));
    register(event.id(), "Anna");

    assertEquals(
        Reason.ALREADY_REGISTERED,
        assertThrows(RegistrationRefusedException.class, () -> register(event.id(), "Anna"))
            .reason());
    assertEquals(1, events.byId(event.id()).orElseThrow().registrations().size());
    assertEquals(1, events.byId(event.id()).orElseThrow().version());
  }

  @Test
  void registeringAfterTheDeadline_isRefused() {
    Event event = announce(SampleEvent.details("Evening", JUNE_18, 5));
    clock.advance(Duration.between(T0, Instant.parse("2026-06-18T10:00:01Z")));

    assertEquals(
        Reason.DEADLINE_PASSED,
        assertThrows(RegistrationRefusedException.class, () -> register(event.id(), "Late"))
            .reason());
    assertFalse(list.show(event.id()).openForRegistration());
  }

  @Test
  void aMembersOnlyEvent_admitsMembersWithTheirAccount_andRefusesVisitors() {
    EventDetails sample = SampleEvent.details("Members", JUNE_18, 5);
    Event event =
        announce(
            new EventDetails(
                sample.title(),
                sample.description(),
                sample.kind(),
                sample.schedule(),
                sample.place(),
                5,
                EventAudience.MEMBERS_ONLY,
                sample.registrationDeadline()));

    assertEquals(
        Reason.MEMBERS_ONLY,
        assertThrows(RegistrationRefusedException.class, () -> register(event.id(), "Guest"))
            .reason());
    RegistrationReceipt receipt =
        registrations.register(
            new RegisterForEventCommand(
                member, event.id(), "Mia", new Email("mia@example.lu"), Language.DE));
    assertEquals(Optional.of(memberAccount), receipt.registration().registrant().account());
    assertEquals(Language.DE, receipt.registration().registrant().language());
  }

  @Test
  void staffCheckAttendance_onTheDay_andNobodyElseMay() {
    Event event = announce(SampleEvent.details("Evening", JUNE_18, 5));
    RegistrationId anna = register(event.id(), "Anna").registration().id();

    assertThrows(
        AccessDeniedException.class, () -> registrations.checkAttendance(member, event.id(), anna));
    clock.advance(Duration.between(T0, Instant.parse("2026-06-18T17:00:00Z")));
    registrations.checkAttendance(staff, event.id(), anna);

    assertEquals(
        RegistrationStatus.ATTENDED,
        events.byId(event.id()).orElseThrow().registration(anna).orElseThrow().status());
    assertThrows(
        EventNotFoundException.class,
        () -> registrations.checkAttendance(staff, EventId.newId(), anna));
  }

  @Test
  void moreSeats_promoteTheWaitingList_andAStaleFormIsRefused() {
    Event event = announce(SampleEvent.details("Evening", JUNE_18, 1));
    register(event.id(), "Anna");
    RegistrationReceipt ben = register(event.id(), "Ben");

    Event revised =
        manage.revise(
            new ReviseEventCommand(
                staff, event.id(), 2, SampleEvent.details("Evening", JUNE_18, 2)));

    assertEquals(
        RegistrationStatus.CONFIRMED,
        revised.registration(ben.registration().id()).orElseThrow().status());
    assertThrows(
        lu.creativecluster.application.port.out.account.ConcurrentUpdateException.class,
        () ->
            manage.revise(
                new ReviseEventCommand(
                    staff, event.id(), 2, SampleEvent.details("Evening", JUNE_18, 3))));
  }

  @Test
  void thePublicSeesUpcomingEvents_withSeatsButWithoutRegistrations() {
    announce(SampleEvent.details("Past", JUNE_18.minusMonths(2), 5));
    Event soon = announce(SampleEvent.details("Soon", JUNE_18, 2));
    Event later = announce(SampleEvent.details("Later", JUNE_18.plusMonths(1), 5));
    register(soon.id(), "Anna");
    clock.advance(Duration.ofDays(1));

    List<EventSummary> upcoming = list.upcoming();

    assertEquals(List.of(soon.id(), later.id()), upcoming.stream().map(EventSummary::id).toList());
    assertEquals(1, upcoming.get(0).freeSeats());
    assertTrue(upcoming.get(0).openForRegistration());
  }

  @Test
  void onlyStaff_announceEventsAndSeeRegistrations() {
    EventDetails details = SampleEvent.details("Evening", JUNE_18, 5);

    assertThrows(
        AccessDeniedException.class,
        () -> manage.announce(new AnnounceEventCommand(member, details)));
    assertThrows(
        AccessDeniedException.class,
        () -> manage.announce(new AnnounceEventCommand(Actor.visitor(), details)));
    Event event = announce(details);
    assertThrows(AccessDeniedException.class, () -> manage.show(member, event.id()));
    assertThrows(AccessDeniedException.class, () -> manage.all(Actor.visitor()));
    assertEquals(1, manage.all(staff).size());
    assertThrows(EventNotFoundException.class, () -> register(EventId.newId(), "Anna"));
  }

  private Event announce(EventDetails details) {
    return manage.announce(new AnnounceEventCommand(staff, details));
  }

  private RegistrationReceipt register(EventId event, String name) {
    return registrations.register(
        new RegisterForEventCommand(
            Actor.visitor(),
            event,
            name,
            new Email(name.toLowerCase() + "@example.lu"),
            Language.EN));
  }

  /** Writes each mail's kind and parts into its subject, so tests read what was sent. */
  static final class RecordingEventMails implements EventMailTemplates {
    @Override
    public OutgoingMail registrationConfirmed(
        Registrant to, EventDetails event, String cancellationSecret) {
      return mail(to, "confirmed", event, cancellationSecret);
    }

    @Override
    public OutgoingMail registrationWaiting(
        Registrant to, EventDetails event, int position, String cancellationSecret) {
      return mail(to, "waiting", event, position + " " + cancellationSecret);
    }

    @Override
    public OutgoingMail registrationPromoted(Registrant to, EventDetails event) {
      return new OutgoingMail(
          to.email(), "promoted " + to.email().value() + " " + event.title().in(Language.EN), "");
    }

    private static OutgoingMail mail(Registrant to, String kind, EventDetails event, String rest) {
      return new OutgoingMail(
          to.email(),
          kind + " " + to.email().value() + " " + event.title().in(Language.EN) + " " + rest,
          "");
    }
  }
}
