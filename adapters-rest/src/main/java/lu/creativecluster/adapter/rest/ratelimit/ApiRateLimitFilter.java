package lu.creativecluster.adapter.rest.ratelimit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import lu.creativecluster.adapter.rest.access.CallerActor;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.adapter.rest.problem.ProblemType;
import lu.creativecluster.application.port.in.ratelimit.Admission;

/**
 * REST adapter: the per-client rate limit of the API ({@link ApiAdmission}). Pre-matching, so calls
 * to paths that do not exist count too; the container has authenticated the caller before any
 * JAX-RS filter runs, so a token subject or signed-in person is counted as themselves, anyone else
 * by network address.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION + 100)
public class ApiRateLimitFilter implements ContainerRequestFilter {

  @Inject ApiAdmission admission;

  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    Admission admitted =
        admission.admit(servletRequest, CallerActor.of(request.getSecurityContext()));
    if (!admitted.admitted()) {
      request.abortWith(tooManyRequests(admitted, request));
    }
  }

  private static Response tooManyRequests(Admission admission, ContainerRequestContext request) {
    long seconds = admission.retryAfterSeconds();
    return Response.fromResponse(
            ProblemResponses.of(
                Response.Status.TOO_MANY_REQUESTS,
                ProblemType.ABOUT_BLANK,
                "Too Many Requests",
                "This client has used up its requests for now. Try again in " + seconds + " s.",
                request.getUriInfo()))
        .header(HttpHeaders.RETRY_AFTER, seconds)
        .build();
  }
}
