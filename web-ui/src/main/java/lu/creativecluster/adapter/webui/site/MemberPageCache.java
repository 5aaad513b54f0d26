package lu.creativecluster.adapter.webui.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.application.port.in.member.MemberDirectoryGenerationUseCase;

/**
 * Web adapter: keeps the member directory and profile pages as a visitor without a session sees
 * them, each with the generation of the member directory it was rendered at, so that Faces renders
 * a page once per change of the members instead of on every visit. Rendering these pages costs far
 * more than the records behind them.
 *
 * <p>Freshness: a kept page is replayed only while the directory's generation is the one read
 * before it was rendered; every committed add or save of a member changes the generation, so a
 * staff or owner edit shows on the next visit. Reading the generation first means a change that
 * commits while a page renders leaves the page under the older number, where it is never used
 * again. Besides members, the pages show the sectors' names and the bundles' texts, which change
 * only with a release, as for {@link AnonymousPageCache}.
 *
 * <p>Audience: as {@link AnonymousPageCache}: only GET requests of visitors who are not signed in
 * and have no session; staff and members (who see private fields and edit links) always get a fresh
 * rendering, and a rendering that started a session or set a cookie is not kept. The key is the
 * language, the page, the member's slug and the query string (the directory's search, visitor
 * input), so the number of entries is bounded and the least recently used one goes first.
 */
@ApplicationScoped
public class MemberPageCache {

  static final Set<Page> PAGES = Set.of(Page.MEMBERS, Page.MEMBER_PROFILE);

  /** Pages kept; a directory page is some tens of kilobytes. */
  static final int CAPACITY = 300;

  /** Renders a page into the response given (the filter's forward to the Faces view). */
  @FunctionalInterface
  public interface Renderer {
    void render(HttpServletResponse response) throws IOException, ServletException;
  }

  /** One page as asked for: the localized path and the query string ("" without one). */
  record Key(LocalizedPath target, String query) {}

  private record Entry(long generation, RenderedPage page) {}

  private final MemberDirectoryGenerationUseCase directory;
  private final Map<Key, Entry> entries =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
          return size() > CAPACITY;
        }
      };

  /** For CDI's client proxy only. */
  protected MemberPageCache() {
    this(null);
  }

  @Inject
  public MemberPageCache(MemberDirectoryGenerationUseCase directory) {
    this.directory = directory;
  }

  /** Whether this request may be answered from, and its answer kept in, the cache. */
  public boolean applies(HttpServletRequest request, LocalizedPath target) {
    return PAGES.contains(target.page())
        && "GET".equals(request.getMethod())
        && request.getUserPrincipal() == null
        && request.getSession(false) == null;
  }

  /** Answers from the cache, or renders the page and keeps it for the generation read first. */
  public void serve(
      HttpServletRequest request,
      HttpServletResponse response,
      LocalizedPath target,
      Renderer renderer)
      throws IOException, ServletException {
    Key key = new Key(target, request.getQueryString() == null ? "" : request.getQueryString());
    long generation = directory.generation();
    Optional<RenderedPage> kept = get(key, generation);
    if (kept.isPresent()) {
      kept.get().replay(response);
      return;
    }
    RecordingResponse recording = new RecordingResponse(response);
    renderer.render(recording);
    // A session begun while rendering is the visitor's own: such a page is not everyone's.
    if (request.getSession(false) == null) {
      recording.recorded().ifPresent(page -> keep(key, generation, page));
    }
  }

  /** The page rendered at this generation, if it is kept. */
  synchronized Optional<RenderedPage> get(Key key, long generation) {
    Entry entry = entries.get(key);
    return entry != null && entry.generation() == generation
        ? Optional.of(entry.page())
        : Optional.empty();
  }

  /** Keeps a rendering only if it is a full page that sets no cookie. */
  synchronized void keep(Key key, long generation, RenderedPage page) {
    if (page.status() == 200 && !page.setsCookie()) {
      entries.put(key, new Entry(generation, page));
    }
  }
}
