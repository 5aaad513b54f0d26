package lu.creativecluster.adapter.rest.member;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.adapter.rest.problem.ProblemType;
import lu.creativecluster.application.port.in.member.MemberNotFoundException;

/**
 * Answers a profile that does not exist, or that the caller may not see, with the same 404: a
 * visitor learns nothing about applications waiting or members that left.
 */
@Provider
public class MemberNotFoundMapper implements ExceptionMapper<MemberNotFoundException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(MemberNotFoundException e) {
    return ProblemResponses.of(
        Response.Status.NOT_FOUND,
        ProblemType.UNKNOWN_MEMBER,
        "Unknown member",
        "There is no member at this address that you may see. GET /api/v1/members searches them.",
        uriInfo);
  }
}
