package lu.creativecluster.adapter.webui.site;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Web adapter: keeps the rendered HTML of public pages as a visitor without a session sees them, so
 * that Faces renders each of them once in a while rather than on every request. Anyone signed in,
 * or with a session (which may hold a message to show), gets a fresh rendering, since the page
 * header then shows them.
 *
 * <p>Freshness: the home page and the sectors ({@link #RELEASE_PAGES}) come from bundles and the
 * sectors' reference data, which change only with a release: they are kept for the deployment's
 * life, without a query string. The public lists of events, projects, partners and missions, the
 * export overview and the impact dashboard ({@link #BRIEF_PAGES}) show data that staff and visitors
 * change: a visitor without a session sees them as they were rendered at most {@code
 * cluster.page-cache.seconds} ago (default {@link #DEFAULT_BRIEFLY}; 0 renders them every time),
 * each query string apart. Whoever changed something is signed in or has a session, so sees the
 * change at once. A page that starts showing data that changes at run time must leave {@link
 * #RELEASE_PAGES}.
 *
 * <p>Size: {@code RELEASE_PAGES.size() × 3} kept for good, and at most {@link #CAPACITY} brief
 * pages, the least recently used going first (query strings are visitor input).
 */
public final class AnonymousPageCache {

  static final Set<Page> RELEASE_PAGES = Set.of(Page.HOME, Page.SECTORS);

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

  static final int CAPACITY = 300;

  /** One page as asked for: the localized path and the query string ("" without one). */
  record Key(LocalizedPath target, String query) {}

  private record Kept(RenderedPage page, long keptAt) {}

  private final long brieflyNanos;
  private final LongSupplier nanoTime;
  private final Map<Key, Kept> pages =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
          return size() > CAPACITY + RELEASE_PAGES.size() * 3;
        }
      };

  public AnonymousPageCache(Duration briefly) {
    this(briefly, System::nanoTime);
  }

  AnonymousPageCache(Duration briefly, LongSupplier nanoTime) {
    this.brieflyNanos = briefly.isNegative() ? 0 : briefly.toNanos();
    this.nanoTime = nanoTime;
  }

  /** Whether this request may be answered from, and its answer kept in, the cache. */
  public boolean applies(HttpServletRequest request, LocalizedPath target) {
    Page page = target.page();
    boolean cacheable =
        (RELEASE_PAGES.contains(page) && request.getQueryString() == null)
            || (BRIEF_PAGES.contains(page) && brieflyNanos > 0);
    return cacheable
        && "GET".equals(request.getMethod())
        && request.getUserPrincipal() == null
        && request.getSession(false) == null;
  }

  public Optional<RenderedPage> get(LocalizedPath target, String query) {
    Key key = new Key(target, query == null ? "" : query);
    synchronized (pages) {
      Kept kept = pages.get(key);
      if (kept == null) {
        return Optional.empty();
      }
      if (BRIEF_PAGES.contains(target.page())
          && nanoTime.getAsLong() - kept.keptAt() >= brieflyNanos) {
        pages.remove(key);
        return Optional.empty();
      }
      return Optional.of(kept.page());
    }
  }

  /** Keeps a rendering only if it is a full page that sets no cookie. */
  public void keep(LocalizedPath target, String query, RenderedPage page) {
    if (page.status() == 200 && !page.setsCookie()) {
      Key key = new Key(target, query == null ? "" : query);
      synchronized (pages) {
        pages.put(key, new Kept(page, nanoTime.getAsLong()));
      }
    }
  }
}
