package lu.creativecluster.adapter.rest.cooperation;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.adapter.rest.problem.ProblemType;
import lu.creativecluster.application.port.in.mission.MissionNotFoundException;

/**
 * Answers a mission that does not exist, or a planned one a visitor may not see yet, with the same
 * 404: drafts stay unannounced.
 */
@Provider
public class MissionNotFoundMapper implements ExceptionMapper<MissionNotFoundException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(MissionNotFoundException e) {
    return ProblemResponses.of(
        Response.Status.NOT_FOUND,
        ProblemType.UNKNOWN_MISSION,
        "Unknown mission",
        "There is no mission with this id that you may see. GET /api/v1/missions lists them.",
        uriInfo);
  }
}
