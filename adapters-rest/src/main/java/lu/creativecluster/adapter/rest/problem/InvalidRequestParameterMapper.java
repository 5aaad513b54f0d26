package lu.creativecluster.adapter.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a malformed request parameter with 400 problem+json naming it. */
@Provider
public class InvalidRequestParameterMapper
    implements ExceptionMapper<InvalidRequestParameterException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(InvalidRequestParameterException e) {
    return ProblemResponses.of(
        Response.Status.BAD_REQUEST,
        ProblemType.INVALID_PARAMETER,
        "Invalid request parameter",
        e.getMessage(),
        uriInfo,
        e.invalidParams());
  }
}
