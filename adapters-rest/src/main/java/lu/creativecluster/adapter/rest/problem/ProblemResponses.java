package lu.creativecluster.adapter.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Builds problem+json responses, so every mapper answers in the same shape. */
public final class ProblemResponses {

  private ProblemResponses() {}

  public static Response of(
      Response.StatusType status,
      String type,
      String title,
      String detail,
      UriInfo uriInfo,
      List<InvalidParam> invalidParams) {
    String instance = uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    Problem problem =
        new Problem(type, title, status.getStatusCode(), detail, instance, invalidParams);
    return Response.status(status.getStatusCode()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  public static Response of(
      Response.StatusType status, String type, String title, String detail, UriInfo uriInfo) {
    return of(status, type, title, detail, uriInfo, List.of());
  }
}
