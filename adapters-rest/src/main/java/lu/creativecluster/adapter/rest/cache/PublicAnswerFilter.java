package lu.creativecluster.adapter.rest.cache;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * REST adapter: decides which answers to a request {@link PublicAnswerReplayFilter} marked pending
 * are kept, and hands their status and headers to {@link PublicAnswerRecorder}, which copies the
 * bytes as they are written.
 *
 * <p>Kept are 200 answers and the problems that follow from the request and the data alone: a 400
 * for a parameter out of range and a 404 for something that does not exist are as fresh, under the
 * same token, as the 200 they stand in for (a member added moves the directory's generation, so its
 * 404 goes with it). A 5xx, and any answer the caller's identity or rate could change, is not.
 *
 * <p>A path no resource answers gets its 404 problem from memory the second time ({@link
 * AnswerFreshness#UNMATCHED}): a client that keeps calling a mistyped or retired address costs no
 * more than a replayed answer. An answer that sets a cookie or says it must not be stored
 * (no-store, private) is never kept, except an inquiry's tracking answer, whose no-store is meant
 * for browsers and proxies.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.USER)
public class PublicAnswerFilter implements ContainerResponseFilter {

  /** Request property: the pending answer's status and headers, once the resource answered. */
  static final String RECORDING = PublicAnswerFilter.class.getName() + ".recording";

  private static final Set<Integer> KEPT_STATUSES = Set.of(200, 400, 404);

  /** Headers the container writes itself for each answer. */
  private static final Set<String> NOT_REPLAYED = Set.of("content-length", "date");

  record Recording(int status, List<Map.Entry<String, String>> headers) {}

  /** Which resource method the request matched; none for a path no resource answers. */
  @Context ResourceInfo resourceInfo;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(PendingAnswer.ATTRIBUTE) instanceof PendingAnswer pending)
        || !kept(pending.freshness(), response.getStatus())
        || !response.hasEntity()
        || !storable(response, pending.freshness())) {
      request.removeProperty(PendingAnswer.ATTRIBUTE);
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
