package lu.creativecluster.application.archfixture;

import jakarta.ws.rs.core.Response;

/** Architecture fixture: a use case answering with a JAX-RS response, on purpose. */
public class ApplicationUsingJaxRs {

  public Response answer() {
    return Response.ok().build();
  }
}
