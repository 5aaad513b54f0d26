package lu.creativecluster.adapter.rest.cache;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.adapter.rest.http.EntityTags;

/**
 * REST adapter: answers an anonymous GET of a public resource from {@link PublicAnswerCache} when
 * it holds the answer under the current token, and otherwise marks the request so that its answer
 * is kept ({@link PublicAnswerRecorder} copies the bytes as they are written).
 *
 * <p>Kept are 200 answers and the problems that follow from the request and the data alone: a 400
 * for a parameter out of range and a 404 for something that does not exist are as fresh, under the
 * same token, as the 200 they stand in for (a member added moves the directory's generation, so its
 * 404 goes with it). A 5xx, and any answer the caller's identity or rate could change, is not.
 *
 * <p>An inquiry's tracking answer ({@link AnswerFreshness#TRACKING}) is personal: only its 200 is
 * kept, under an opaque digest of the path ({@link EntityTags#strong}, so the cache holds no token,
 * as the database holds none), and replayed with its {@code no-store} to whoever asks for that path
 * again, which only the holder of the token can.
 *
 * <p>A path no resource answers gets its 404 problem from memory the second time ({@link
 * AnswerFreshness#UNMATCHED}): a client that keeps calling a mistyped or retired address costs no
 * more than a replayed answer.
 *
 * <p>Pre-matching and after the rate limit, so a replayed answer still counts against the caller's
 * budget. Only callers without credentials are served from or fill the cache: whoever sends a token
 * or is signed in may see more than the public, and gets the resource's own answer. Conditional
 * requests go to the resource too, which owns its entity tags. An answer that sets a cookie or says
 * it must not be stored (no-store, private) is never kept.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.USER)
public class PublicAnswerFilter implements ContainerRequestFilter, ContainerResponseFilter {

  /** Request property: the key and token under which this request's answer is to be kept. */
  static final String PENDING = PublicAnswerFilter.class.getName() + ".pending";

  /** Request property: the pending answer's status and headers, once the resource answered. */
  static final String RECORDING = PublicAnswerFilter.class.getName() + ".recording";

  private static final Set<Integer> KEPT_STATUSES = Set.of(200, 400, 404);

  /** Headers the container writes itself for each answer. */
  private static final Set<String> NOT_REPLAYED = Set.of("content-length", "date");

  private static final Set<String> CONDITIONAL =
      Set.of(
          HttpHeaders.IF_NONE_MATCH,
          HttpHeaders.IF_MODIFIED_SINCE,
          HttpHeaders.IF_MATCH,
          HttpHeaders.IF_UNMODIFIED_SINCE);

  record Pending(PublicAnswerCache.Key key, Object token, AnswerFreshness freshness) {}

  record Recording(int status, List<Map.Entry<String, String>> headers) {}

  @Inject PublicAnswerCache cache;

  /** Which resource method the request matched; none for a path no resource answers. */
  @Context ResourceInfo resourceInfo;

  @Override
  public void filter(ContainerRequestContext request) {
    AnswerFreshness freshness =
        AnswerFreshness.ofPath(request.getUriInfo().getPath()).orElse(AnswerFreshness.UNMATCHED);
    if (!cache.keeps(freshness) || !anonymousPlainGet(request)) {
      return;
    }
    URI uri = request.getUriInfo().getRequestUri();
    String target =
        uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    PublicAnswerCache.Key key =
        new PublicAnswerCache.Key(
            freshness.personal() ? EntityTags.strong(target) : target,
            request.getHeaderString(HttpHeaders.ACCEPT),
            request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    Object token = cache.token(freshness);
    Optional<PublicAnswer> kept = cache.get(key, token);
    if (kept.isPresent()) {
      request.abortWith(kept.get().response());
    } else {
      request.setProperty(PENDING, new Pending(key, token, freshness));
    }
  }

  private static boolean anonymousPlainGet(ContainerRequestContext request) {
    if (!HttpMethod.GET.equals(request.getMethod())
        || request.getSecurityContext().getUserPrincipal() != null
        || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
      return false;
    }
    return CONDITIONAL.stream().noneMatch(h -> request.getHeaderString(h) != null);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(PENDING) instanceof Pending pending)
        || !kept(pending.freshness(), response.getStatus())
        || !response.hasEntity()
        || !storable(response, pending.freshness())) {
      request.removeProperty(PENDING);
      return;
    }
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    response
        .getStringHeaders()
        .forEach(
            (name, values) -> {
              if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> headers.add(Map.entry(name, value)));
              }
            });
    request.setProperty(RECORDING, new Recording(response.getStatus(), headers));
  }

  /**
   * Which statuses of an answer are kept: a personal one only as its 200; for a path no resource
   * answers only its 404, and only when no resource method matched (a resource's own 404 may follow
   * from data that changes).
   */
  private boolean kept(AnswerFreshness freshness, int status) {
    return switch (freshness) {
      case TRACKING -> status == 200;
      case UNMATCHED -> status == 404 && resourceInfo.getResourceMethod() == null;
      default -> KEPT_STATUSES.contains(status);
    };
  }

  /** A personal answer says no-store to browsers and proxies; kept here all the same. */
  private static boolean storable(ContainerResponseContext response, AnswerFreshness freshness) {
    if (response.getHeaders().containsKey(HttpHeaders.SET_COOKIE)) {
      return false;
    }
    String cacheControl = response.getHeaderString(HttpHeaders.CACHE_CONTROL);
    if (cacheControl == null || freshness.personal()) {
      return true;
    }
    String directives = cacheControl.toLowerCase(Locale.ROOT);
    return !directives.contains("no-store") && !directives.contains("private");
  }
}
