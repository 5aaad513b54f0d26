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
import lu.creativecluster.domain.inquiry.InvalidInquiryException;

/**
 * Answers a field of an inquiry the domain refused with 400 naming the field; nothing was stored.
 */
@Provider
public class InvalidInquiryMapper implements ExceptionMapper<InvalidInquiryException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(InvalidInquiryException e) {
    return ProblemResponses.of(
        Response.Status.BAD_REQUEST,
        ProblemType.INVALID_BODY,
        "Invalid request body",
        e.getMessage(),
        uriInfo,
        List.of(new InvalidParam(e.field(), e.getMessage().substring(e.field().length()).strip())));
  }
}
