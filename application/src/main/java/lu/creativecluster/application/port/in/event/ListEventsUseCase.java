package lu.creativecluster.application.port.in.event;

import java.util.List;
import lu.creativecluster.domain.event.EventId;

/** Use case: anyone reads the cluster's upcoming events (iCalendar feed, event pages). */
public interface ListEventsUseCase {

  /** The events that have not ended yet, soonest first. */
  List<EventSummary> upcoming();

  /** One page of upcoming or past events matching the query. */
  EventList list(EventListQuery query);

  /**
   * @throws EventNotFoundException if there is no such event
   */
  EventSummary show(EventId id);
}
