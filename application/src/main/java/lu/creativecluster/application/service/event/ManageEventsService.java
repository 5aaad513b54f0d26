package lu.creativecluster.application.service.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import lu.creativecluster.application.port.in.event.AnnounceEventCommand;
import lu.creativecluster.application.port.in.event.ManageEventsUseCase;
import lu.creativecluster.application.port.in.event.ReviseEventCommand;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.event.EventMailTemplates;
import lu.creativecluster.application.port.out.event.Events;
import lu.creativecluster.application.port.out.mail.MailOutbox;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.event.Event;
import lu.creativecluster.domain.event.EventId;
import lu.creativecluster.domain.event.Registration;

/** Use case service: staff announce and change events and see who registered. */
@ApplicationScoped
@Transactional
public class ManageEventsService implements ManageEventsUseCase {

  private final Events events;
  private final MailOutbox outbox;
  private final EventMailTemplates templates;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected ManageEventsService() {
    this(null, null, null, null);
  }

  @Inject
  public ManageEventsService(
      Events events, MailOutbox outbox, EventMailTemplates templates, Clock clock) {
    this.events = events;
    this.outbox = outbox;
    this.templates = templates;
    this.clock = clock;
  }

  @Override
  public Event announce(AnnounceEventCommand command) {
    EventAccess.requireStaff(command.actor(), "announce events");
    Event event = Event.announce(EventId.newId(), command.details(), clock.instant());
    events.add(event);
    return EventAccess.load(events, event.id());
  }

  @Override
  public Event revise(ReviseEventCommand command) {
    EventAccess.requireStaff(command.actor(), "change events");
    // Locked: more seats move people up, which must not race with registrations.
    Event event = EventAccess.loadLocked(events, command.event());
    if (event.version() != command.expectedVersion()) {
      throw new ConcurrentUpdateException("event " + event.id(), null);
    }
    Instant now = clock.instant();
    List<Registration> promoted = event.revise(command.details(), now);
    events.save(event);
    // More seats moved people up: each hears of it, as after a cancellation.
    for (Registration moved : promoted) {
      outbox.enqueue(templates.registrationPromoted(moved.registrant(), event.details()), now);
    }
    return EventAccess.load(events, event.id());
  }

  @Override
  public List<Event> all(Actor actor) {
    EventAccess.requireStaff(actor, "list every event");
    return events.all();
  }

  @Override
  public Event show(Actor actor, EventId id) {
    EventAccess.requireStaff(actor, "see who registered");
    return EventAccess.load(events, id);
  }
}
