package lu.creativecluster.adapter.webui.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Web adapter: keeps the rendered HTML of the pages whose content changes only with a release (the
 * home page and the sectors, built from bundles and the sectors' reference data), as a visitor
 * without a session sees them, so that Faces renders each of them once per language rather than on
 * every request. Anyone signed in, or with a session (which may hold a message to show), gets a
 * fresh rendering, since the page header then shows them.
 *
 * <p>Freshness: a kept page lives as long as the deployment, which is right only while its content
 * comes from the release alone. A page that starts showing data that changes at run time (counts,
 * news) must leave {@link #CACHEABLE}. The key is the page and the language, so the cache holds at
 * most {@code CACHEABLE.size() × 3} entries.
 */
public final class AnonymousPageCache {

  static final Set<Page> CACHEABLE = Set.of(Page.HOME, Page.SECTORS);

  private final Map<LocalizedPath, RenderedPage> pages = new ConcurrentHashMap<>();

  /** Whether this request may be answered from, and its answer kept in, the cache. */
  public boolean applies(HttpServletRequest request, LocalizedPath target) {
    return CACHEABLE.contains(target.page())
        && "GET".equals(request.getMethod())
        && request.getQueryString() == null
        && request.getUserPrincipal() == null
        && request.getSession(false) == null;
  }

  public Optional<RenderedPage> get(LocalizedPath target) {
    return Optional.ofNullable(pages.get(target));
  }

  /** Keeps a rendering only if it is a full page that sets no cookie. */
  public void keep(LocalizedPath target, RenderedPage page) {
    if (page.status() == 200 && !page.setsCookie()) {
      pages.putIfAbsent(target, page);
    }
  }
}
