package lu.creativecluster.adapter.rest.event;

import static lu.creativecluster.adapter.rest.http.QueryParameters.day;
import static lu.creativecluster.adapter.rest.http.QueryParameters.number;
import static lu.creativecluster.adapter.rest.http.QueryParameters.single;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.Optional;
import lu.creativecluster.adapter.rest.problem.InvalidRequestParameterException;
import lu.creativecluster.application.port.in.event.EventListQuery;
import lu.creativecluster.domain.event.EventKind;

/**
 * Reads the query of the event list, naming the first parameter it cannot read, so a partner's
 * mistake is a 400 that says which parameter and why, never an empty list that looks right.
 */
final class EventParameters {

  static final String KIND = "kind";
  static final String FROM = "from";
  static final String TO = "to";
  static final String PAST = "past";
  static final String PAGE = "page";
  static final String SIZE = "size";

  private EventParameters() {}

  static EventListQuery read(MultivaluedMap<String, String> parameters) {
    Optional<EventKind> kind =
        single(parameters, KIND)
            .map(
                value ->
                    EventKind.fromCode(value.strip())
                        .orElseThrow(
                            () ->
                                new InvalidRequestParameterException(
                                    KIND,
                                    "must be networking, workshop, afterwork, conference or"
                                        + " fair")));
    Optional<LocalDate> from = single(parameters, FROM).map(v -> day(FROM, v));
    Optional<LocalDate> to = single(parameters, TO).map(v -> day(TO, v));
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new InvalidRequestParameterException(TO, "must be on or after from");
    }
    boolean past =
        single(parameters, PAST)
            .map(
                value ->
                    switch (value.strip()) {
                      case "true" -> true;
                      case "false" -> false;
                      default ->
                          throw new InvalidRequestParameterException(PAST, "must be true or false");
                    })
            .orElse(false);
    int page = number(parameters, PAGE, 0, EventListQuery.MAX_PAGE, 0);
    int size = number(parameters, SIZE, 1, EventListQuery.MAX_SIZE, EventListQuery.DEFAULT_SIZE);
    return new EventListQuery(kind, from, to, past, page, size);
  }
}
