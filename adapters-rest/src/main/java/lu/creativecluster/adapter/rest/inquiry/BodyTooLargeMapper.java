package lu.creativecluster.adapter.rest.inquiry;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import lu.creativecluster.adapter.rest.problem.InvalidParam;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.adapter.rest.problem.ProblemType;

/** Answers a request body over the operation's limit with 413 naming the body. */
@Provider
public class BodyTooLargeMapper implements ExceptionMapper<BodyTooLargeException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(BodyTooLargeException e) {
    return ProblemResponses.of(
        Response.Status.REQUEST_ENTITY_TOO_LARGE,
        ProblemType.INVALID_BODY,
        "Request body too large",
        e.getMessage(),
        uriInfo,
        List.of(new InvalidParam("body", e.getMessage().substring(5))));
  }
}
