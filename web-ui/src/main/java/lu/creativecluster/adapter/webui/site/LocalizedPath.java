package lu.creativecluster.adapter.webui.site;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.shared.Language;

/**
 * Web adapter: a page in one language, addressed as {@code /{lang}/{slug}} (for example {@code
 * /de/sectors}, {@code /fr/} for the home page, {@code /en/staff/} for the staff area), and the
 * rules that map any request path onto such pages.
 */
public record LocalizedPath(Language language, Page page, String member) {

  /** Paths that belong to others: the REST API, its description, Faces resources, static files. */
  private static final List<String> PASS_THROUGH_PREFIXES =
      List.of("/api", "/openapi", "/jakarta.faces.resource", "/resources", "/static");

  private static final String FACES_SUFFIX = ".xhtml";

  /**
   * @param member the member's slug on a page about one member ({@link Page#hasMember()}), else
   *     empty
   */
  public LocalizedPath {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(page, "page");
    member = member == null ? "" : member;
    if (page.hasMember() == member.isEmpty()) {
      throw new IllegalArgumentException("a member's slug belongs to a page about one member");
    }
  }

  public LocalizedPath(Language language, Page page) {
    this(language, page, "");
  }

  public static LocalizedPath home(Language language) {
    return new LocalizedPath(language, Page.HOME);
  }

  /** The path inside the application, such as {@code /de/sectors} or {@code /en/}. */
  public String path() {
    String slug = page.hasMember() ? page.slug().replace(Page.MEMBER, member) : page.slug();
    return "/" + language.code() + "/" + slug;
  }

  /** The same page in another language, for the language switch. */
  public LocalizedPath in(Language other) {
    return new LocalizedPath(other, page, member);
  }

  /**
   * Decides what to do with a request.
   *
   * @param requestPath the request URI without the context path, still URL-encoded
   * @param method the HTTP method: a {@code .xhtml} URL is redirected when read, and not found
   *     otherwise
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
    return pageRequest(path, preferred);
  }

  /**
   * A view's own URL ({@code /sectors.xhtml}) is only ever read, and then redirected to its
   * language URL. Forms post back to the language URL (see {@link LanguageViewHandler}), so a post
   * to a view would only skip the language, the page guards and the form limits: there is none.
   */
  private static Route viewRequest(String path, String method, Language preferred) {
    if (!isRead(method)) {
      return new Route.NotFound(preferred);
    }
    return Page.fromViewId(path)
        .filter(page -> !page.hasMember())
        .<Route>map(page -> negotiated(new LocalizedPath(preferred, page)))
        .orElseGet(() -> new Route.NotFound(preferred));
  }

  private static Route pageRequest(String path, Language preferred) {
    String[] parts = path.substring(1).split("/", 2);
    Optional<Language> language = languageOf(parts[0]);
    if (language.isEmpty()) {
      return withoutLanguage(path.substring(1), preferred);
    }
    Language lang = language.get();
    if (parts.length == 1) {
      return permanent(home(lang));
    }
    String rest = parts[1];
    Optional<Page> page = Page.fromSlug(rest);
    if (page.isPresent()) {
      return new Route.Forward(new LocalizedPath(lang, page.get()));
    }
    Optional<Map.Entry<Page, String>> aboutMember = Page.withMember(rest);
    if (aboutMember.isPresent()) {
      return new Route.Forward(
          new LocalizedPath(lang, aboutMember.get().getKey(), aboutMember.get().getValue()));
    }
    return otherSlashing(rest)
        .<Route>map(p -> permanent(new LocalizedPath(lang, p)))
        .orElseGet(() -> new Route.NotFound(lang));
  }

  /** {@code /sectors}, {@code /staff/}: a known page without a language gets the preferred one. */
  private static Route withoutLanguage(String rest, Language preferred) {
    if (rest.isEmpty()) {
      return new Route.NotFound(preferred);
    }
    return Page.fromSlug(rest)
        .or(() -> otherSlashing(rest))
        .filter(page -> page != Page.HOME)
        .map(page -> negotiated(new LocalizedPath(preferred, page)))
        .orElseGet(() -> new Route.NotFound(preferred));
  }

  /**
   * The page whose slug differs only by a trailing slash: {@code sectors/} means {@code sectors},
   * {@code staff} means {@code staff/}. The home page's empty slug never matches this way.
   */
  private static Optional<Page> otherSlashing(String rest) {
    if (rest.endsWith("/")) {
      String without = rest.substring(0, rest.length() - 1);
      return without.isEmpty() ? Optional.empty() : Page.fromSlug(without);
    }
    return Page.fromSlug(rest + "/");
  }

  /**
   * The language a path inside the application starts with ({@code /de/...}), for pages reached
   * without the filter (error pages) that still belong to a language.
   */
  public static Optional<Language> languageOfPath(String path) {
    if (path == null || !path.startsWith("/")) {
      return Optional.empty();
    }
    return languageOf(withoutPathParameters(path).substring(1).split("/", 2)[0]);
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
