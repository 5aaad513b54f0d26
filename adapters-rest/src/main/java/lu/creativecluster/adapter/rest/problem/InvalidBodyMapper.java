package lu.creativecluster.adapter.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers an unreadable or invalid request body with 400 problem+json naming every bad field. */
@Provider
public class InvalidBodyMapper implements ExceptionMapper<InvalidBodyException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(InvalidBodyException e) {
    return ProblemResponses.of(
        Response.Status.BAD_REQUEST,
        ProblemType.INVALID_BODY,
        "Invalid request body",
        e.getMessage(),
        uriInfo,
        e.invalidFields());
  }
}
