package lu.creativecluster.benchmark.noop;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Benchmark baseline: GET /benchmark-noop/noop answers a constant. */
@Path("noop")
public class NoopResource {

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String get() {
    return "ok";
  }
}
