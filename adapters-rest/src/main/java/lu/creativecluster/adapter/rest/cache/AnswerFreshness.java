package lu.creativecluster.adapter.rest.cache;

import java.util.Map;
import java.util.Optional;

/**
 * REST adapter: how long an answer may be replayed, by the first segment of its path under {@code
 * /api/v1}. Paths not named here are never kept.
 */
enum AnswerFreshness {
  /** Reference data that changes only with a release: the sectors. */
  RELEASE,
  /** The member directory: kept while its generation, which every member change moves, stands. */
  MEMBERS,
  /** Public lists and figures: kept for {@code cluster.page-cache.seconds}. */
  BRIEF,
  /**
   * An inquiry as its asker sees it ({@code inquiries/{token}}): personal, so kept only as the
   * token's holder gets it (a 200, under a digest of the path rather than the token itself) and
   * while the inquiries' tracking stamp stands, which every change of any inquiry moves.
   */
  TRACKING,
  /**
   * A path no resource answers (a mistyped or retired address): its 404 follows from the path alone
   * and stands for the deployment. Given to no segment; {@link PublicAnswerFilter} keeps such a 404
   * only when no resource method matched, in a small store of its own so that requests for random
   * paths cannot push the public answers out.
   */
  UNMATCHED;

  private static final Map<String, AnswerFreshness> BY_SEGMENT =
      Map.of(
          "sectors", RELEASE,
          "members", MEMBERS,
          "partners", BRIEF,
          "missions", BRIEF,
          "events", BRIEF,
          "projects", BRIEF,
          "export-overview", BRIEF,
          "impact", BRIEF,
          "inquiries", TRACKING);

  /** Whether the answers carry personal data (see {@link #TRACKING}). */
  boolean personal() {
    return this == TRACKING;
  }

  /** The freshness of a path relative to the API's root ({@code members/atelier}), if kept. */
  static Optional<AnswerFreshness> ofPath(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    int slash = relative.indexOf('/');
    String first = slash < 0 ? relative : relative.substring(0, slash);
    return Optional.ofNullable(BY_SEGMENT.get(first));
  }
}
