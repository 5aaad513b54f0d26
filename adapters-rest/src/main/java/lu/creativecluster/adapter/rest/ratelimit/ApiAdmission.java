package lu.creativecluster.adapter.rest.ratelimit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import lu.creativecluster.application.port.in.ratelimit.Admission;
import lu.creativecluster.application.port.in.ratelimit.AdmitRequestUseCase;
import lu.creativecluster.application.port.in.ratelimit.ClientKey;
import lu.creativecluster.application.port.in.ratelimit.RateLimit;
import lu.creativecluster.domain.access.Actor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * REST adapter: whether the API admits a request within its caller's budget, decided once per
 * request. An answer replayed before JAX-RS runs ({@code PublicAnswerReplayFilter}) is counted
 * here, and a refusal found there is left for {@link ApiRateLimitFilter} to answer as a 429 without
 * counting the request a second time.
 */
@ApplicationScoped
public class ApiAdmission {

  /**
   * The API's budget; the authentication mechanism counts refused bearer tokens in it too (same
   * bucket, same settings, same address key), so a flood of bad tokens meets this limit.
   */
  static final String BUCKET = "api";

  /** Request attribute: the admission already decided for this request. */
  static final String DECIDED = ApiAdmission.class.getName() + ".decided";

  @Inject AdmitRequestUseCase admitRequest;

  @Inject
  @ConfigProperty(name = "cluster.rate-limit.api.permits", defaultValue = "300")
  int permits;

  @Inject
  @ConfigProperty(name = "cluster.rate-limit.api.window", defaultValue = "PT1M")
  Duration window;

  private RateLimit limit;

  /** A limit that makes no sense stops the application at its first API call, loudly. */
  @PostConstruct
  void readLimit() {
    limit = new RateLimit(permits, window);
  }

  /** Counts the request against its caller's budget, unless it has been counted already. */
  public Admission admit(HttpServletRequest request, Actor caller) {
    if (request.getAttribute(DECIDED) instanceof Admission decided) {
      return decided;
    }
    Admission admission =
        admitRequest.admit(BUCKET, clientKey(caller, request.getRemoteAddr()), limit);
    request.setAttribute(DECIDED, admission);
    return admission;
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
}
