package lu.creativecluster.adapter.rest.member;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.adapter.rest.problem.ProblemType;
import lu.creativecluster.domain.member.MembershipEndedException;

/** Answers a change to a record that was merged or erased (it no longer changes) with 409. */
@Provider
public class MembershipEndedMapper implements ExceptionMapper<MembershipEndedException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(MembershipEndedException e) {
    return ProblemResponses.of(
        Response.Status.CONFLICT,
        ProblemType.MEMBERSHIP_ENDED,
        "Membership ended",
        "This record is " + e.status() + " and no longer changes.",
        uriInfo);
  }
}
