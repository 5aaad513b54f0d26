package lu.creativecluster.adapter.rest.member;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.adapter.rest.problem.ProblemType;
import lu.creativecluster.domain.member.IllegalMembershipTransitionException;

/**
 * Answers a decision the member's current status does not allow (approve an active one) with 409.
 */
@Provider
public class IllegalMembershipTransitionMapper
    implements ExceptionMapper<IllegalMembershipTransitionException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(IllegalMembershipTransitionException e) {
    return ProblemResponses.of(
        Response.Status.CONFLICT,
        ProblemType.MEMBERSHIP_TRANSITION,
        "Decision not possible now",
        "A member who is " + e.from() + " cannot become " + e.to() + ".",
        uriInfo);
  }
}
