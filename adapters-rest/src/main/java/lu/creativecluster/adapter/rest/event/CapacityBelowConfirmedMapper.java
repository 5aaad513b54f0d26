package lu.creativecluster.adapter.rest.event;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import lu.creativecluster.adapter.rest.problem.InvalidParam;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.adapter.rest.problem.ProblemType;
import lu.creativecluster.domain.event.CapacityBelowConfirmedException;

/** Staff asked for fewer seats than people confirmed: a 409, nobody is pushed back. */
@Provider
public class CapacityBelowConfirmedMapper
    implements ExceptionMapper<CapacityBelowConfirmedException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(CapacityBelowConfirmedException e) {
    return ProblemResponses.of(
        Response.Status.CONFLICT,
        ProblemType.CAPACITY_BELOW_CONFIRMED,
        "Capacity below confirmed registrations",
        e.confirmed() + " people hold a seat: the capacity cannot go below that.",
        uriInfo,
        List.of(new InvalidParam("capacity", "must be at least " + e.confirmed())));
  }
}
