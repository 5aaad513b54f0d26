package lu.creativecluster.adapter.rest.cooperation;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.adapter.rest.problem.ProblemType;
import lu.creativecluster.application.port.in.cooperation.PartnerNotFoundException;

/** Answers a partner (or a partner's cooperation) that does not exist with a 404. */
@Provider
public class PartnerNotFoundMapper implements ExceptionMapper<PartnerNotFoundException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(PartnerNotFoundException e) {
    return ProblemResponses.of(
        Response.Status.NOT_FOUND,
        ProblemType.UNKNOWN_PARTNER,
        "Unknown partner",
        "There is no such partner or cooperation. GET /api/v1/staff/partners lists them.",
        uriInfo);
  }
}
