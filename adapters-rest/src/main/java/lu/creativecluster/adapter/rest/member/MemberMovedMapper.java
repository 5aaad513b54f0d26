package lu.creativecluster.adapter.rest.member;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.adapter.rest.problem.ProblemType;
import lu.creativecluster.application.port.in.member.MemberMovedException;

/**
 * Answers a profile that was merged into another member with a permanent redirect to the survivor,
 * so links and bookmarks partners stored keep working and every HTTP client follows it by itself:
 * 301 for GET and HEAD; 308 for other methods, which keeps the method and body (a PUT then meets
 * the survivor's own If-Match check and cannot overwrite it unseen). The Location is a path, never
 * built from the request's Host header; the body is a problem naming the new address for clients
 * that do not follow redirects.
 */
@Provider
public class MemberMovedMapper implements ExceptionMapper<MemberMovedException> {

  @Context UriInfo uriInfo;
  @Context Request request;

  @Override
  public Response toResponse(MemberMovedException e) {
    String location = MemberResource.profilePath(uriInfo, e.survivor().value());
    boolean read =
        request == null
            || HttpMethod.GET.equals(request.getMethod())
            || HttpMethod.HEAD.equals(request.getMethod());
    Response.Status status =
        read ? Response.Status.MOVED_PERMANENTLY : Response.Status.PERMANENT_REDIRECT;
    return Response.fromResponse(
            ProblemResponses.of(
                status,
                ProblemType.MEMBER_MOVED,
                "Member moved",
                "This member was merged into another; its profile is now at " + location + ".",
                uriInfo))
        .header(HttpHeaders.LOCATION, location)
        .build();
  }
}
