package lu.creativecluster.application.service.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import lu.creativecluster.application.port.in.event.EventSummary;
import lu.creativecluster.application.port.in.event.ListEventsUseCase;
import lu.creativecluster.application.port.out.event.Events;
import lu.creativecluster.domain.event.EventId;

/** Use case service: the public's view of events, without anybody's registration. */
@ApplicationScoped
@Transactional
public class ListEventsService implements ListEventsUseCase {

  private final Events events;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected ListEventsService() {
    this(null, null);
  }

  @Inject
  public ListEventsService(Events events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  @Override
  public List<EventSummary> upcoming() {
    Instant now = clock.instant();
    return events.upcoming(now).stream().map(event -> EventSummary.of(event, now)).toList();
  }

  @Override
  public EventSummary show(EventId id) {
    return EventSummary.of(EventAccess.load(events, id), clock.instant());
  }
}
