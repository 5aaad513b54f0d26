package lu.creativecluster.adapter.webui.security;

import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import lu.creativecluster.application.port.in.ratelimit.Admission;
import lu.creativecluster.application.port.in.ratelimit.AdmitRequestUseCase;
import lu.creativecluster.application.port.in.ratelimit.ClientKey;
import lu.creativecluster.application.port.in.ratelimit.RateLimit;
import org.eclipse.microprofile.config.Config;

/**
 * Security adapter: the answer to a bearer token that was not accepted. Each refusal counts in the
 * client's API budget (bucket {@code api}, keyed by address as the REST adapter keys visitors), so
 * guessing tokens is throttled like any other flood: 401 problem+json with the RFC 6750 challenge
 * while the budget lasts, then 429 problem+json with {@code Retry-After}.
 */
@ApplicationScoped
public class RefusedBearerTokens {

  private static final Logger LOG = Logger.getLogger(RefusedBearerTokens.class.getName());

  static final String API_BUCKET = "api";
  static final String BEARER_CHALLENGE = "Bearer error=\"invalid_token\"";
  static final String INVALID_TOKEN_TYPE = "urn:creative-cluster:problem:invalid-token";

  private final AdmitRequestUseCase admitRequest;
  private final RateLimit limit;

  /** For CDI's client proxy only. */
  protected RefusedBearerTokens() {
    this.admitRequest = null;
    this.limit = null;
  }

  @Inject
  public RefusedBearerTokens(AdmitRequestUseCase admitRequest, Config config) {
    this(admitRequest, SecuritySettings.of(config).api());
  }

  RefusedBearerTokens(AdmitRequestUseCase admitRequest, RateLimit limit) {
    this.admitRequest = admitRequest;
    this.limit = limit;
  }

  /**
   * Writes the whole answer and ends the exchange. Undertow's authentication handler sends its own
   * error (status ≥ 400, exchange not complete) after a mechanism that did not let the request
   * through: on a committed answer that is "UT010019: Response already commited", an ERROR with a
   * stack trace per request; on an uncommitted one it replaces the problem+json body. Ending the
   * exchange here leaves it nothing to do.
   */
  AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response) {
    Admission admission =
        admitRequest.admit(API_BUCKET, ClientKey.ofAddress(request.getRemoteAddr()), limit);
    SecurityHeaders.apply(response, request.isSecure());
    response.setHeader("Cache-Control", "no-store");
    if (admission.admitted()) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", BEARER_CHALLENGE);
      write(
          request,
          response,
          INVALID_TOKEN_TYPE,
          "Invalid token",
          "The bearer token was not accepted.");
    } else {
      long seconds = admission.retryAfterSeconds();
      response.setStatus(429);
      response.setHeader("Retry-After", Long.toString(seconds));
      write(
          request,
          response,
          "about:blank",
          "Too Many Requests",
          "This client has used up its requests for now. Try again in " + seconds + " s.");
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      String type,
      String title,
      String detail) {
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String body =
        Json.createObjectBuilder()
            .add("type", type)
            .add("title", title)
            .add("status", response.getStatus())
            .add("detail", detail)
            .add("instance", request.getRequestURI())
            .build()
            .toString();
    try {
      response.getWriter().write(body);
      response.flushBuffer();
    } catch (IOException e) {
      LOG.log(Level.FINE, "Could not write the refusal", e);
    }
    ServletRequestContext current = ServletRequestContext.current();
    if (current != null) {
      current.getExchange().endExchange();
    }
  }
}
