package lu.creativecluster.application.service.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import lu.creativecluster.application.port.in.event.CancelRegistrationUseCase;
import lu.creativecluster.application.port.in.event.CancellationResult;
import lu.creativecluster.application.port.in.event.CheckAttendanceUseCase;
import lu.creativecluster.application.port.in.event.RegisterForEventCommand;
import lu.creativecluster.application.port.in.event.RegisterForEventUseCase;
import lu.creativecluster.application.port.in.event.RegistrationReceipt;
import lu.creativecluster.application.port.out.event.EventMailTemplates;
import lu.creativecluster.application.port.out.event.Events;
import lu.creativecluster.application.port.out.mail.MailOutbox;
import lu.creativecluster.application.service.account.LinkSecrets;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.event.Event;
import lu.creativecluster.domain.event.EventAudience;
import lu.creativecluster.domain.event.EventId;
import lu.creativecluster.domain.event.Registrant;
import lu.creativecluster.domain.event.Registration;
import lu.creativecluster.domain.event.RegistrationId;
import lu.creativecluster.domain.event.RegistrationRefusedException;
import lu.creativecluster.domain.event.RegistrationRefusedException.Reason;

/**
 * Use case service: registering, cancelling through the private link, and checking attendance.
 * Every change of seats works on the event locked in the store, so two people never take the same
 * last seat; the cancellation secret is made here, handed back once and stored only as its hash.
 */
@ApplicationScoped
@Transactional
public class RegistrationService
    implements RegisterForEventUseCase, CancelRegistrationUseCase, CheckAttendanceUseCase {

  private final Events events;
  private final MailOutbox outbox;
  private final EventMailTemplates templates;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected RegistrationService() {
    this(null, null, null, null);
  }

  @Inject
  public RegistrationService(
      Events events, MailOutbox outbox, EventMailTemplates templates, Clock clock) {
    this.events = events;
    this.outbox = outbox;
    this.templates = templates;
    this.clock = clock;
  }

  @Override
  public RegistrationReceipt register(RegisterForEventCommand command) {
    Event event = EventAccess.loadLocked(events, command.event());
    Actor actor = command.actor();
    if (event.details().audience() == EventAudience.MEMBERS_ONLY
        && !EventAccess.countsAsMember(actor)) {
      throw new RegistrationRefusedException(event.id(), Reason.MEMBERS_ONLY);
    }
    Optional<AccountId> account = EventAccess.accountOf(actor);
    Registrant registrant =
        new Registrant(command.name(), command.email(), account, command.language());
    String secret = LinkSecrets.newSecret();
    Registration registration =
        event.register(
            RegistrationId.newId(), registrant, LinkSecrets.hashOf(secret), clock.instant());
    int position = event.waitingList().indexOf(registration) + 1;
    events.save(event);
    // Same transaction as the registration: the mail goes out if and only if the seat is taken.
    outbox.enqueue(
        position == 0
            ? templates.registrationConfirmed(registrant, event.details(), secret)
            : templates.registrationWaiting(registrant, event.details(), position, secret),
        clock.instant());
    return new RegistrationReceipt(registration, secret, position);
  }

  @Override
  public CancellationResult cancel(String cancellationSecret) {
    String hash = LinkSecrets.hashOf(cancellationSecret == null ? "" : cancellationSecret);
    Instant now = clock.instant();
    Event event =
        events
            .lockedByCancellationHash(hash)
            .orElseThrow(() -> new RegistrationRefusedException(Reason.UNKNOWN_REGISTRATION));
    Optional<Registration> promoted = event.cancel(hash, now);
    Registration cancelled =
        event.registrations().stream()
            .filter(r -> r.cancellationHash().equals(hash))
            .findFirst()
            .orElseThrow();
    events.save(event);
    promoted.ifPresent(
        moved ->
            outbox.enqueue(
                templates.registrationPromoted(moved.registrant(), event.details()), now));
    return new CancellationResult(event.id(), cancelled, promoted);
  }

  @Override
  public Registration checkAttendance(Actor actor, EventId eventId, RegistrationId registration) {
    EventAccess.requireStaff(actor, "check attendance");
    Event event = EventAccess.loadLocked(events, eventId);
    Registration checked = event.recordAttendance(registration, clock.instant());
    events.save(event);
    return checked;
  }
}
