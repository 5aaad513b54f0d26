package lu.creativecluster.adapter.rest.project;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.adapter.rest.problem.ProblemType;
import lu.creativecluster.application.port.in.project.ProjectNotFoundException;

/** REST adapter: an unknown project, or one the caller may not know of, is a 404. */
@Provider
public class ProjectNotFoundMapper implements ExceptionMapper<ProjectNotFoundException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ProjectNotFoundException e) {
    return ProblemResponses.of(
        Response.Status.NOT_FOUND,
        ProblemType.UNKNOWN_PROJECT,
        "Unknown project",
        "There is no project with this id that you may see. GET /api/v1/projects lists them.",
        uriInfo);
  }
}
