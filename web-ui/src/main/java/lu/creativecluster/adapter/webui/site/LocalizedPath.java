package lu.creativecluster.adapter.webui.site;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.shared.Language;

/**
 * Web adapter: a public page in one language, addressed as {@code /{lang}/{slug}} (for example
 * {@code /de/sectors}, or {@code /fr/} for the home page), and the rules that map any request path
 * onto such pages.
 */
public record LocalizedPath(Language language, Page page) {

  /** Paths that belong to others: the REST API, its description, Faces resources, static files. */
  private static final List<String> PASS_THROUGH_PREFIXES =
      List.of("/api", "/openapi", "/jakarta.faces.resource", "/resources", "/static");

  private static final String FACES_SUFFIX = ".xhtml";

  public LocalizedPath {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(page, "page");
  }

  public static LocalizedPath home(Language language) {
    return new LocalizedPath(language, Page.HOME);
  }

  /** The path inside the application, such as {@code /de/sectors} or {@code /en/}. */
  public String path() {
    return "/" + language.code() + "/" + page.slug();
  }

  /** The same page in another language, for the language switch. */
  public LocalizedPath in(Language other) {
    return new LocalizedPath(other, page);
  }

  /**
   * Decides what to do with a request.
   *
   * @param requestPath the request URI without the context path, still URL-encoded
   * @param method the HTTP method: only reads are redirected away from a {@code .xhtml} URL, so a
   *     future form posting to its view is not lost
   * @param preferred the visitor's language from {@code Accept-Language}, used when the path names
   *     none
   */
  public static Route route(String requestPath, String method, Language preferred) {
    Objects.requireNonNull(preferred, "preferred");
    String path = withoutPathParameters(requestPath == null ? "" : requestPath);
    if (path.isEmpty() || path.equals("/")) {
      return negotiated(home(preferred));
    }
    if (isPassThrough(path)) {
      return new Route.PassThrough();
    }
    if (path.endsWith(FACES_SUFFIX)) {
      return viewRequest(path, method, preferred);
    }
    if (lastSegment(path).contains(".")) {
      return new Route.PassThrough();
    }
    return pageRequest(path.substring(1).split("/", -1), preferred);
  }

  private static Route viewRequest(String path, String method, Language preferred) {
    if (!isRead(method)) {
      return new Route.PassThrough();
    }
    return Page.fromViewId(path)
        .<Route>map(page -> negotiated(new LocalizedPath(preferred, page)))
        .orElseGet(() -> new Route.NotFound(preferred));
  }

  private static Route pageRequest(String[] segments, Language preferred) {
    Optional<Language> language = languageOf(segments[0]);
    if (language.isEmpty()) {
      return withoutLanguage(segments, preferred);
    }
    Language lang = language.get();
    if (segments.length == 1) {
      return permanent(home(lang));
    }
    Optional<Page> page = Page.fromSlug(segments[1]);
    if (segments.length == 2 && page.isPresent()) {
      return new Route.Forward(new LocalizedPath(lang, page.get()));
    }
    boolean trailingSlash = segments.length == 3 && segments[2].isEmpty();
    if (trailingSlash && page.isPresent() && page.get() != Page.HOME) {
      return permanent(new LocalizedPath(lang, page.get()));
    }
    return new Route.NotFound(lang);
  }

  /** {@code /sectors}: a known page without a language gets the visitor's language. */
  private static Route withoutLanguage(String[] segments, Language preferred) {
    if (segments.length == 1 && !segments[0].isEmpty()) {
      Optional<Page> page = Page.fromSlug(segments[0]);
      if (page.isPresent()) {
        return negotiated(new LocalizedPath(preferred, page.get()));
      }
    }
    return new Route.NotFound(preferred);
  }

  /** Only the exact lower-case code: {@code /DE/} or {@code /de-LU/} are not our URLs. */
  private static Optional<Language> languageOf(String segment) {
    return Arrays.stream(Language.values()).filter(l -> l.code().equals(segment)).findFirst();
  }

  private static boolean isPassThrough(String path) {
    return PASS_THROUGH_PREFIXES.stream()
        .anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
  }

  private static boolean isRead(String method) {
    String m = method == null ? "GET" : method.toUpperCase(Locale.ROOT);
    return m.equals("GET") || m.equals("HEAD");
  }

  private static String lastSegment(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** Drops {@code ;jsessionid=...} and other matrix parameters before matching. */
  private static String withoutPathParameters(String path) {
    int semicolon = path.indexOf(';');
    return semicolon < 0 ? path : path.substring(0, semicolon);
  }

  private static Route negotiated(LocalizedPath target) {
    return new Route.Redirect(target.path(), false);
  }

  private static Route permanent(LocalizedPath target) {
    return new Route.Redirect(target.path(), true);
  }
}
