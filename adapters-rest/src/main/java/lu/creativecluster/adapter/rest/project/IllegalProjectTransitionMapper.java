package lu.creativecluster.adapter.rest.project;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.adapter.rest.problem.ProblemType;
import lu.creativecluster.domain.project.IllegalProjectTransitionException;

/** REST adapter: a status the project's current one does not lead to is a conflict (409). */
@Provider
public class IllegalProjectTransitionMapper
    implements ExceptionMapper<IllegalProjectTransitionException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(IllegalProjectTransitionException e) {
    return ProblemResponses.of(
        Response.Status.CONFLICT,
        ProblemType.PROJECT_TRANSITION,
        "Not possible in this status",
        "A "
            + e.from()
            + " project cannot become "
            + e.to()
            + ": projects go idea, matching, running, completed, and may be abandoned before"
            + " completing.",
        uriInfo);
  }
}
