package lu.creativecluster.adapter.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers any failure nobody foresaw with a 500 that reveals nothing of the inside; the full error
 * goes to the server log under an id the client can quote.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable e) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
    return ProblemResponses.of(
        Response.Status.INTERNAL_SERVER_ERROR,
        ProblemType.ABOUT_BLANK,
        "Internal Server Error",
        "The request could not be completed. Quote incident " + incident + " to the cluster.",
        uriInfo);
  }
}
