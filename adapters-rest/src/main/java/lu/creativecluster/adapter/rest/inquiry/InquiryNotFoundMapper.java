package lu.creativecluster.adapter.rest.inquiry;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.adapter.rest.problem.ProblemType;
import lu.creativecluster.application.port.in.inquiry.InquiryNotFoundException;

/**
 * Answers an unknown inquiry, id or link, and an expired link with the same 404: the answer never
 * tells which.
 */
@Provider
public class InquiryNotFoundMapper implements ExceptionMapper<InquiryNotFoundException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(InquiryNotFoundException e) {
    return ProblemResponses.of(
        Response.Status.NOT_FOUND,
        ProblemType.UNKNOWN_INQUIRY,
        "Unknown inquiry",
        "There is no inquiry at this address, or its link has expired.",
        uriInfo,
        List.of());
  }
}
