package lu.creativecluster.adapter.webui.site;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import lu.creativecluster.domain.shared.Language;

/**
 * Web adapter: what a request says about the page it shows, read the same way by the layout, the
 * view handler and the backing beans, whether the request came through {@link LanguagePathFilter}
 * or is an error dispatch.
 */
public final class SiteRequest {

  private SiteRequest() {}

  /**
   * The page's language: set by the filter; on an error page the language of the failed URL ({@code
   * /de/staff/} answered 403 → German); else the visitor's {@code Accept-Language}.
   */
  public static Language language(HttpServletRequest request) {
    if (request.getAttribute(LanguagePathFilter.LANGUAGE_ATTRIBUTE) instanceof Language language) {
      return language;
    }
    Optional<Language> fromFailedPath =
        request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
            ? LocalizedPath.languageOfPath(uri.substring(contextPathLength(request, uri)))
            : Optional.empty();
    return fromFailedPath.orElseGet(
        () -> AcceptLanguage.preferred(request.getHeader(AcceptLanguage.HEADER)));
  }

  /** The page being shown; empty on an error page, even one raised while rendering a page. */
  public static Optional<Page> page(HttpServletRequest request) {
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      return Optional.empty();
    }
    return request.getAttribute(LanguagePathFilter.PAGE_ATTRIBUTE) instanceof Page page
        ? Optional.of(page)
        : Optional.empty();
  }

  /** The member's slug on a page about one member (set by the filter); else empty. */
  public static String member(HttpServletRequest request) {
    return request.getAttribute(LanguagePathFilter.MEMBER_ATTRIBUTE) instanceof String member
            && request.getDispatcherType() != DispatcherType.ERROR
        ? member
        : "";
  }

  /** The query string the browser sent, without {@code ?}; empty if none. */
  public static String query(HttpServletRequest request) {
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
    String query = forwarded instanceof String q ? q : request.getQueryString();
    return query == null ? "" : query;
  }

  private static int contextPathLength(HttpServletRequest request, String uri) {
    String contextPath = request.getContextPath();
    return contextPath != null && uri.startsWith(contextPath) ? contextPath.length() : 0;
  }
}
