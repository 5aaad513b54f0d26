package lu.creativecluster.application.service.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import lu.creativecluster.application.port.in.event.EventList;
import lu.creativecluster.application.port.in.event.EventListQuery;
import lu.creativecluster.application.port.in.event.EventSummary;
import lu.creativecluster.application.port.in.event.ListEventsUseCase;
import lu.creativecluster.application.port.in.member.PageInfo;
import lu.creativecluster.application.port.out.event.Events;
import lu.creativecluster.domain.event.Event;
import lu.creativecluster.domain.event.EventDetails;
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
  public EventList list(EventListQuery query) {
    Instant now = clock.instant();
    // A cluster holds a few dozen events a year: filtering them here is cheaper than a query
    // builder, and the store's two orderings (soonest first, latest first) are the ones listed.
    List<Event> candidates =
        query.past()
            ? events.all().stream().filter(e -> !e.isUpcomingAt(now)).toList()
            : events.upcoming(now);
    List<Event> matching = candidates.stream().filter(e -> matches(e, query)).toList();
    int fromIndex = (int) Math.min((long) query.page() * query.size(), matching.size());
    int toIndex = Math.min(fromIndex + query.size(), matching.size());
    return new EventList(
        matching.subList(fromIndex, toIndex).stream()
            .map(event -> EventSummary.of(event, now))
            .toList(),
        PageInfo.of(query.page(), query.size(), matching.size()));
  }

  private static boolean matches(Event event, EventListQuery query) {
    EventDetails details = event.details();
    LocalDate firstDay = details.schedule().start().toLocalDate();
    LocalDate lastDay = details.schedule().end().toLocalDate();
    return query.kind().map(k -> k == details.kind()).orElse(true)
        && query.from().map(from -> !lastDay.isBefore(from)).orElse(true)
        && query.to().map(to -> !firstDay.isAfter(to)).orElse(true);
  }

  @Override
  public EventSummary show(EventId id) {
    return EventSummary.of(EventAccess.load(events, id), clock.instant());
  }
}
