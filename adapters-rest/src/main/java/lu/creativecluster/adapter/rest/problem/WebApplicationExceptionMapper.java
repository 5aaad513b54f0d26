package lu.creativecluster.adapter.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers the runtime's own HTTP errors (no such path, method not allowed, unsupported media type,
 * not authorized, forbidden …) as problem+json instead of an HTML page, keeping their headers (such
 * as Allow); a 401 always tells the client how to authenticate.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    Response.StatusType status = original.getStatusInfo();
    Response problem =
        ProblemResponses.of(
            status, ProblemType.ABOUT_BLANK, status.getReasonPhrase(), null, uriInfo);
    Response.ResponseBuilder builder = Response.fromResponse(problem);
    original
        .getStringHeaders()
        .forEach(
            (name, values) -> {
              if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(v -> builder.header(name, v));
              }
            });
    if (status.getStatusCode() == Response.Status.UNAUTHORIZED.getStatusCode()
        && original.getHeaderString(Challenges.HEADER) == null) {
      builder.header(Challenges.HEADER, Challenges.bearer());
    }
    return builder.build();
  }
}
