package lu.creativecluster.adapter.rest.event;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.adapter.rest.problem.ProblemType;
import lu.creativecluster.application.port.in.event.EventNotFoundException;

/** Answers an event id that names no event (or is no id at all) with a 404. */
@Provider
public class EventNotFoundMapper implements ExceptionMapper<EventNotFoundException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(EventNotFoundException e) {
    return ProblemResponses.of(
        Response.Status.NOT_FOUND,
        ProblemType.UNKNOWN_EVENT,
        "Unknown event",
        "There is no event with this id. GET /api/v1/events lists them.",
        uriInfo);
  }
}
