package lu.creativecluster.application.service.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import lu.creativecluster.application.port.in.event.EventList;
import lu.creativecluster.application.port.in.event.EventListQuery;
import lu.creativecluster.application.port.in.event.EventSummary;
import lu.creativecluster.application.port.in.event.ListEventsUseCase;
import lu.creativecluster.application.port.in.member.PageInfo;
import lu.creativecluster.application.port.out.event.EventOverview;
import lu.creativecluster.application.port.out.event.Events;
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
    return events.overviews().stream()
        .filter(e -> isUpcomingAt(e, now))
        .map(e -> summary(e, now))
        .toList();
  }

  @Override
  public EventList list(EventListQuery query) {
    Instant now = clock.instant();
    // The store hands out every event's overview (a few dozen a year, kept in memory while no event
    // or registration changes), soonest first: which have ended depends on the moment, so the
    // split, the filters and the page are made here, per request, at no cost to the database.
    List<EventOverview> matching =
        events.overviews().stream()
            .filter(e -> isUpcomingAt(e, now) != query.past())
            .filter(e -> matches(e.details(), query))
            .collect(Collectors.toCollection(ArrayList::new));
    if (query.past()) {
      // Latest first; a stable sort keeps events that start together in the store's id order.
      matching.sort(
          Comparator.comparing((EventOverview e) -> e.details().schedule().startInstant())
              .reversed());
    }
    int fromIndex = (int) Math.min((long) query.page() * query.size(), matching.size());
    int toIndex = Math.min(fromIndex + query.size(), matching.size());
    return new EventList(
        matching.subList(fromIndex, toIndex).stream().map(e -> summary(e, now)).toList(),
        PageInfo.of(query.page(), query.size(), matching.size()));
  }

  private static boolean isUpcomingAt(EventOverview event, Instant now) {
    return now.isBefore(event.details().schedule().endInstant());
  }

  private static EventSummary summary(EventOverview event, Instant now) {
    return new EventSummary(
        event.id(),
        event.details(),
        event.freeSeats(),
        event.waiting(),
        !now.isAfter(event.details().deadlineInstant()),
        event.version());
  }

  private static boolean matches(EventDetails details, EventListQuery query) {
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
