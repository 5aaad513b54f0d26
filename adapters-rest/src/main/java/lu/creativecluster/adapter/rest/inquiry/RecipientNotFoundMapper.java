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
import lu.creativecluster.application.port.in.inquiry.RecipientNotFoundException;

/** Answers a forward or triage naming no active recipient with 400 naming the field. */
@Provider
public class RecipientNotFoundMapper implements ExceptionMapper<RecipientNotFoundException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(RecipientNotFoundException e) {
    return ProblemResponses.of(
        Response.Status.BAD_REQUEST,
        ProblemType.UNKNOWN_RECIPIENT,
        "Unknown recipient",
        "No active recipient has this id; GET /api/v1/staff/inquiry-recipients lists them.",
        uriInfo,
        List.of(new InvalidParam("recipient", "must be the id of an active recipient")));
  }
}
