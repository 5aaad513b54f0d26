package lu.creativecluster.adapter.rest.sector;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import lu.creativecluster.adapter.rest.problem.InvalidParam;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.adapter.rest.problem.ProblemType;
import lu.creativecluster.application.port.in.sector.SectorNotFoundException;

/** Answers a request for a sector the cluster does not count with 404 naming the code. */
@Provider
public class SectorNotFoundMapper implements ExceptionMapper<SectorNotFoundException> {

  private static final int MAX_ECHO = 60;

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(SectorNotFoundException e) {
    return ProblemResponses.of(
        Response.Status.NOT_FOUND,
        ProblemType.UNKNOWN_SECTOR,
        "Unknown sector",
        "There is no sector with the code '"
            + abbreviated(e.requestedCode())
            + "'. GET /api/v1/sectors lists them.",
        uriInfo,
        List.of(new InvalidParam("code", "must be the code of one of the 12 sectors")));
  }

  /** An absurdly long path segment is not echoed back whole. */
  private static String abbreviated(String code) {
    return code.length() <= MAX_ECHO ? code : code.substring(0, MAX_ECHO) + "…";
  }
}
