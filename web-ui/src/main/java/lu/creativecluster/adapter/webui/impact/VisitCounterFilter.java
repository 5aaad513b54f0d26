package lu.creativecluster.adapter.webui.impact;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lu.creativecluster.adapter.webui.site.AcceptLanguage;
import lu.creativecluster.adapter.webui.site.Audience;
import lu.creativecluster.adapter.webui.site.LocalizedPath;
import lu.creativecluster.adapter.webui.site.Route;

/**
 * Web adapter: counts a view of each public page answered successfully to a GET (no staff or
 * account page, no resource, no API call), unless the browser asks not to be tracked ({@code DNT:
 * 1}) or signals Global Privacy Control ({@code Sec-GPC: 1}). It sets no cookie and stores nothing
 * of the request itself: {@link VisitCounter} keeps a salted daily hash.
 */
public class VisitCounterFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient VisitCounter counter;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean counted = counts(request);
    chain.doFilter(request, response);
    if (counted && response.getStatus() < 300) {
      counter.count(request.getRemoteAddr(), request.getHeader("User-Agent"));
    }
  }

  static boolean optedOut(HttpServletRequest request) {
    return "1".equals(trimmed(request.getHeader("DNT")))
        || "1".equals(trimmed(request.getHeader("Sec-GPC")));
  }

  private static boolean counts(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) || optedOut(request)) {
      return false;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Route route =
        LocalizedPath.route(
            path,
            request.getMethod(),
            AcceptLanguage.preferred(request.getHeader(AcceptLanguage.HEADER)));
    return route instanceof Route.Forward forward
        && forward.target().page().audience() == Audience.EVERYONE;
  }

  private static String trimmed(String header) {
    return header == null ? null : header.strip();
  }
}
