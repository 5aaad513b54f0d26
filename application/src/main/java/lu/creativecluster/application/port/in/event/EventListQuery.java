package lu.creativecluster.application.port.in.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.event.EventKind;

/**
 * Query: which events to list. Upcoming ones (not ended yet) soonest first, or past ones (ended)
 * latest first; a day range keeps those that run on at least one of its days (Luxembourg time).
 */
public record EventListQuery(
    Optional<EventKind> kind,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    boolean past,
    int page,
    int size) {

  public static final int MAX_PAGE = 10_000;
  public static final int MAX_SIZE = 100;
  public static final int DEFAULT_SIZE = 20;

  public EventListQuery {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new IllegalArgumentException("to is on or after from");
    }
    if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page 0 to " + MAX_PAGE + ", size 1 to " + MAX_SIZE);
    }
  }

  public static EventListQuery allUpcoming() {
    return new EventListQuery(
        Optional.empty(), Optional.empty(), Optional.empty(), false, 0, MAX_SIZE);
  }

  public static EventListQuery allPast() {
    return pastPage(0, MAX_SIZE);
  }

  /** One page of the events that took place, latest first. */
  public static EventListQuery pastPage(int page, int size) {
    return new EventListQuery(
        Optional.empty(), Optional.empty(), Optional.empty(), true, page, size);
  }
}
