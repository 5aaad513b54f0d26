package lu.creativecluster.adapter.rest.inquiry;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.adapter.rest.problem.ProblemType;
import lu.creativecluster.domain.inquiry.IllegalInquiryTransitionException;

/**
 * Answers a step the inquiry's status does not allow (answering twice, forwarding a closed one)
 * with 409.
 */
@Provider
public class IllegalInquiryTransitionMapper
    implements ExceptionMapper<IllegalInquiryTransitionException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(IllegalInquiryTransitionException e) {
    return ProblemResponses.of(
        Response.Status.CONFLICT,
        ProblemType.INQUIRY_TRANSITION,
        "Not possible in this status",
        e.getMessage(),
        uriInfo,
        List.of());
  }
}
