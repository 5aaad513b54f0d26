package lu.creativecluster.adapter.rest.ratelimit;

import jakarta.annotation.PostConstruct;
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
import java.time.Duration;
import lu.creativecluster.adapter.rest.access.CallerActor;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.adapter.rest.problem.ProblemType;
import lu.creativecluster.application.port.in.ratelimit.Admission;
import lu.creativecluster.application.port.in.ratelimit.AdmitRequestUseCase;
import lu.creativecluster.application.port.in.ratelimit.ClientKey;
import lu.creativecluster.application.port.in.ratelimit.RateLimit;
import lu.creativecluster.domain.access.Actor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * REST adapter: the per-client rate limit of the API. Pre-matching, so calls to paths that do not
 * exist count too; the container has authenticated the caller before any JAX-RS filter runs, so a
 * token subject or signed-in person is counted as themselves, anyone else by network address.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION + 100)
public class ApiRateLimitFilter implements ContainerRequestFilter {

  /**
   * The API's budget; the authentication mechanism counts refused bearer tokens in it too (same
   * bucket, same settings, same address key), so a flood of bad tokens meets this limit.
   */
  static final String BUCKET = "api";

  @Inject AdmitRequestUseCase admitRequest;

  @Inject
  @ConfigProperty(name = "cluster.rate-limit.api.permits", defaultValue = "300")
  int permits;

  @Inject
  @ConfigProperty(name = "cluster.rate-limit.api.window", defaultValue = "PT1M")
  Duration window;

  @Context HttpServletRequest servletRequest;

  private RateLimit limit;

  /** A limit that makes no sense stops the application at its first API call, loudly. */
  @PostConstruct
  void readLimit() {
    limit = new RateLimit(permits, window);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String key =
        clientKey(CallerActor.of(request.getSecurityContext()), servletRequest.getRemoteAddr());
    Admission admission = admitRequest.admit(BUCKET, key, limit);
    if (!admission.admitted()) {
      request.abortWith(tooManyRequests(admission, request));
    }
  }

  /**
   * Authenticated callers by name, so many partners behind one gateway do not share a budget;
   * anyone else by address ({@link ClientKey}: an IPv6 client by its /64). The address is the one
   * the server resolved (trusted proxies only, see the README).
   */
  static String clientKey(Actor actor, String remoteAddress) {
    if (actor.kind() != Actor.Kind.VISITOR) {
      return actor.getName();
    }
    return ClientKey.ofAddress(remoteAddress);
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
