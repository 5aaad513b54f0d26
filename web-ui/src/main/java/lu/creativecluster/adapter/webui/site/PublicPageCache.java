package lu.creativecluster.adapter.webui.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import lu.creativecluster.application.port.in.member.MemberDirectoryGenerationUseCase;
import org.eclipse.microprofile.config.Config;

/**
 * Web adapter: keeps the rendered HTML of public pages as a visitor without a session sees them, so
 * that Faces renders a page when what it shows may have changed rather than on every visit.
 *
 * <p>Freshness: each page is kept under a token and replayed only while that token is still the
 * current one, read before the page renders (so a change that commits while it renders leaves it
 * under an old token, never used again):
 *
 * <ul>
 *   <li>the home page and the sectors ({@link #RELEASE_PAGES}, bundles and reference data only):
 *       one token for the deployment's life, and no query string;
 *   <li>the member directory and profiles ({@link #MEMBER_PAGES}): the member directory's
 *       generation, which every committed change of a member moves, so an edit shows on the next
 *       visit;
 *   <li>the public lists of events, projects, partners and missions, the export overview and the
 *       impact dashboard ({@link #BRIEF_PAGES}): a period of {@code cluster.page-cache.seconds}
 *       (default {@link #DEFAULT_BRIEFLY}; 0 renders them every time), so a visitor sees them as
 *       they were at most that long ago.
 * </ul>
 *
 * <p>Audience: only GET requests of visitors who are not signed in and have no session (which may
 * hold a message to show); staff and members, who see private fields, edit links or their own name,
 * always get a fresh rendering, so whoever changed something sees it at once. A rendering that
 * started a session, set a cookie or is not a full page is not kept. The key is the language, the
 * page, the member's slug and the query string (visitor input), so the number of pages kept is
 * bounded, the least recently used going first.
 */
@ApplicationScoped
public class PublicPageCache {

  static final Set<Page> RELEASE_PAGES = Set.of(Page.HOME, Page.SECTORS);

  static final Set<Page> MEMBER_PAGES = Set.of(Page.MEMBERS, Page.MEMBER_PROFILE);

  static final Set<Page> BRIEF_PAGES =
      Set.of(
          Page.EVENTS,
          Page.PROJECTS,
          Page.PARTNERS,
          Page.MISSIONS,
          Page.EXPORT_OVERVIEW,
          Page.IMPACT);

  /** Configuration: how long a brief page is replayed, in seconds. */
  public static final String BRIEFLY_SETTING = "cluster.page-cache.seconds";

  static final Duration DEFAULT_BRIEFLY = Duration.ofSeconds(30);

  /** Pages kept; a directory page is some tens of kilobytes. */
  static final int CAPACITY = 300;

  private static final Object RELEASE = "release";

  /** Renders a page into the response given (the filter's forward to the Faces view). */
  @FunctionalInterface
  public interface Renderer {
    void render(HttpServletResponse response) throws IOException, ServletException;
  }

  /** One page as asked for: the localized path and the query string ("" without one). */
  record Key(LocalizedPath target, String query) {}

  private record Entry(Object token, RenderedPage page) {}

  private final LongSupplier memberGeneration;
  private final long brieflyNanos;
  private final LongSupplier nanoTime;
  private final Map<Key, Entry> entries =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
          return size() > CAPACITY;
        }
      };

  /** For CDI's client proxy only. */
  protected PublicPageCache() {
    this(() -> 0L, Duration.ZERO, System::nanoTime);
  }

  @Inject
  public PublicPageCache(MemberDirectoryGenerationUseCase directory, Config config) {
    this(
        directory::generation,
        config
            .getOptionalValue(BRIEFLY_SETTING, Long.class)
            .map(Duration::ofSeconds)
            .orElse(DEFAULT_BRIEFLY),
        System::nanoTime);
  }

  PublicPageCache(LongSupplier memberGeneration, Duration briefly, LongSupplier nanoTime) {
    this.memberGeneration = memberGeneration;
    this.brieflyNanos = briefly.isNegative() ? 0 : briefly.toNanos();
    this.nanoTime = nanoTime;
  }

  /** Whether this request may be answered from, and its answer kept in, the cache. */
  public boolean applies(HttpServletRequest request, LocalizedPath target) {
    Page page = target.page();
    boolean kept =
        (RELEASE_PAGES.contains(page) && request.getQueryString() == null)
            || MEMBER_PAGES.contains(page)
            || (BRIEF_PAGES.contains(page) && brieflyNanos > 0);
    return kept
        && "GET".equals(request.getMethod())
        && request.getUserPrincipal() == null
        && request.getSession(false) == null;
  }

  /** Answers from the cache, or renders the page and keeps it under the token read first. */
  public void serve(
      HttpServletRequest request,
      HttpServletResponse response,
      LocalizedPath target,
      Renderer renderer)
      throws IOException, ServletException {
    Key key = new Key(target, request.getQueryString() == null ? "" : request.getQueryString());
    Object token = token(target.page());
    Optional<RenderedPage> kept = get(key, token);
    if (kept.isPresent()) {
      kept.get().replay(response);
      return;
    }
    RecordingResponse recording = new RecordingResponse(response);
    renderer.render(recording);
    // A session begun while rendering is the visitor's own: such a page is not everyone's.
    if (request.getSession(false) == null) {
      recording.recorded().ifPresent(page -> keep(key, token, page));
    }
  }

  /** What a page of this kind is kept under now. */
  Object token(Page page) {
    if (MEMBER_PAGES.contains(page)) {
      return memberGeneration.getAsLong();
    }
    if (BRIEF_PAGES.contains(page)) {
      return nanoTime.getAsLong() / Math.max(1, brieflyNanos);
    }
    return RELEASE;
  }

  /** The page kept under this token, if any. */
  synchronized Optional<RenderedPage> get(Key key, Object token) {
    Entry entry = entries.get(key);
    return entry != null && Objects.equals(entry.token(), token)
        ? Optional.of(entry.page())
        : Optional.empty();
  }

  /** Keeps a rendering only if it is a full page that sets no cookie. */
  synchronized void keep(Key key, Object token, RenderedPage page) {
    if (page.status() == 200 && !page.setsCookie()) {
      entries.put(key, new Entry(token, page));
    }
  }
}
