package lu.creativecluster.application.port.in.event;

import java.util.List;
import java.util.Objects;
import lu.creativecluster.application.port.in.member.PageInfo;

/** Read model: one page of events and where it sits. */
public record EventList(List<EventSummary> items, PageInfo page) {

  public EventList {
    items = List.copyOf(items);
    Objects.requireNonNull(page, "page");
  }
}
