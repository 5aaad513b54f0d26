package lu.creativecluster.adapter.rest.cache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import lu.creativecluster.adapter.rest.http.EntityTags;
import lu.creativecluster.adapter.rest.ratelimit.ApiAdmission;
import lu.creativecluster.application.port.in.ratelimit.Admission;
import lu.creativecluster.domain.access.Actor;

/**
 * REST adapter: answers an anonymous GET of a public resource from {@link PublicAnswerCache} when
 * it holds the answer under the current token, before the request reaches JAX-RS; otherwise marks
 * the request ({@link PendingAnswer}) so that its answer is kept ({@link PublicAnswerFilter} picks
 * the statuses, {@link PublicAnswerRecorder} copies the bytes as they are written).
 *
 * <p>Why a servlet filter: a replayed answer is the same bytes and headers whoever asks, and going
 * through the JAX-RS runtime (its request and response objects, filter chains and entity writer)
 * cost more than the rest of the request. The web application's filters (security headers and the
 * rest) still run before this one, as web.xml orders them.
 *
 * <p>A replayed answer still counts against the caller's API budget ({@link ApiAdmission}); when
 * the budget is spent the request goes on to JAX-RS, whose rate limit answers the 429 without
 * counting it again. Only callers without credentials are served from or fill the cache: whoever
 * sends a token or is signed in may see more than the public, and gets the resource's own answer.
 * Conditional requests go to the resource too, which owns its entity tags.
 *
 * <p>An inquiry's tracking answer ({@link AnswerFreshness#TRACKING}) is personal: it is kept under
 * an opaque digest of the path ({@link EntityTags#strong}, so the cache holds no token, as the
 * database holds none), and replayed only to whoever asks for that path again, which only the
 * holder of the token can.
 */
public class PublicAnswerReplayFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final List<String> CONDITIONAL =
      List.of(
          HttpHeaders.IF_NONE_MATCH,
          HttpHeaders.IF_MODIFIED_SINCE,
          HttpHeaders.IF_MATCH,
          HttpHeaders.IF_UNMODIFIED_SINCE);

  @Inject transient PublicAnswerCache cache;

  @Inject transient ApiAdmission admission;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<PublicAnswer> kept = replayable(request);
    if (kept.isPresent()) {
      Admission admitted = admission.admit(request, Actor.visitor());
      if (admitted.admitted()) {
        kept.get().writeTo(response);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** The kept answer for this request; marks the request pending when there is none yet. */
  private Optional<PublicAnswer> replayable(HttpServletRequest request) {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    AnswerFreshness freshness = AnswerFreshness.ofPath(path).orElse(AnswerFreshness.UNMATCHED);
    if (!cache.keeps(freshness) || !anonymousPlainGet(request)) {
      return Optional.empty();
    }
    String query = request.getQueryString();
    String target = query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    PublicAnswerCache.Key key =
        new PublicAnswerCache.Key(
            freshness.personal() ? EntityTags.strong(target) : target,
            request.getHeader(HttpHeaders.ACCEPT),
            request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    Object token = cache.token(freshness);
    Optional<PublicAnswer> kept = cache.get(key, token);
    if (kept.isEmpty()) {
      request.setAttribute(PendingAnswer.ATTRIBUTE, new PendingAnswer(key, token, freshness));
    }
    return kept;
  }

  private static boolean anonymousPlainGet(HttpServletRequest request) {
    if (!HttpMethod.GET.equals(request.getMethod())
        || request.getUserPrincipal() != null
        || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      return false;
    }
    for (String conditional : CONDITIONAL) {
      if (request.getHeader(conditional) != null) {
        return false;
      }
    }
    return true;
  }
}
