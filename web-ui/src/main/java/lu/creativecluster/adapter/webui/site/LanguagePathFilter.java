package lu.creativecluster.adapter.webui.site;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import lu.creativecluster.domain.shared.Language;

/**
 * Web adapter: serves the pages at bookmarkable URLs with the language in the path ({@code
 * /de/sectors}) by forwarding to their Faces view, and sends everything else where it belongs (see
 * {@link LocalizedPath#route}), keeping people out of pages their role does not open. Only plain
 * requests pass through here, so the forward and error dispatches it causes are not routed twice.
 */
@WebFilter(
    filterName = "LanguagePathFilter",
    urlPatterns = "/*",
    dispatcherTypes = DispatcherType.REQUEST)
public class LanguagePathFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient PublicPageCache pages;

  /** Request attribute: the {@link Language} of the page being rendered. */
  public static final String LANGUAGE_ATTRIBUTE = "lu.creativecluster.webui.language";

  /** Request attribute: the {@link Page} being rendered; absent on error pages. */
  public static final String PAGE_ATTRIBUTE = "lu.creativecluster.webui.page";

  /** Request attribute: the member's slug on a page about one member ({@code /de/members/…}). */
  public static final String MEMBER_ATTRIBUTE = "lu.creativecluster.webui.member";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Language preferred = AcceptLanguage.preferred(request.getHeader(AcceptLanguage.HEADER));
    Route route = LocalizedPath.route(path, request.getMethod(), preferred);

    if (route instanceof Route.Forward forward) {
      LocalizedPath target = forward.target();
      if (!admitted(request, response, target)) {
        return;
      }
      request.setAttribute(LANGUAGE_ATTRIBUTE, target.language());
      request.setAttribute(PAGE_ATTRIBUTE, target.page());
      request.setAttribute(MEMBER_ATTRIBUTE, target.member());
      response.setHeader("Content-Language", target.language().code());
      render(request, response, target);
    } else if (route instanceof Route.Redirect redirect) {
      redirect(request, response, redirect);
    } else if (route instanceof Route.NotFound notFound) {
      request.setAttribute(LANGUAGE_ATTRIBUTE, notFound.language());
      response.addHeader("Vary", AcceptLanguage.HEADER);
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } else {
      chain.doFilter(request, response);
    }
  }

  private void render(
      HttpServletRequest request, HttpServletResponse response, LocalizedPath target)
      throws IOException, ServletException {
    if (pages.applies(request, target)) {
      pages.serve(
          request,
          response,
          target,
          r -> request.getRequestDispatcher(target.page().viewId()).forward(request, r));
      return;
    }
    request.getRequestDispatcher(target.page().viewId()).forward(request, response);
  }

  /**
   * Backs up the authentication mechanism, which guards the same pages: a visitor is sent to sign
   * in and brought back afterwards; a person without the page's role gets the 403 page.
   */
  private static boolean admitted(
      HttpServletRequest request, HttpServletResponse response, LocalizedPath target)
      throws IOException {
    Audience audience = target.page().audience();
    boolean signedIn = request.getUserPrincipal() != null;
    if (audience.admits(signedIn, request::isUserInRole)) {
      return true;
    }
    request.setAttribute(LANGUAGE_ATTRIBUTE, target.language());
    if (!signedIn) {
      String back = request.getRequestURI();
      String query = request.getQueryString();
      if (query != null && !query.isEmpty()) {
        back += "?" + query;
      }
      String signIn = new LocalizedPath(target.language(), Page.SIGN_IN).path();
      response.setStatus(HttpServletResponse.SC_FOUND);
      response.setHeader(
          "Location",
          request.getContextPath()
              + signIn
              + "?"
              + NextPath.PARAMETER
              + "="
              + URLEncoder.encode(back, StandardCharsets.UTF_8));
    } else {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
    return false;
  }

  private static void redirect(
      HttpServletRequest request, HttpServletResponse response, Route.Redirect redirect) {
    String location = request.getContextPath() + redirect.location();
    String query = request.getQueryString();
    if (query != null && !query.isEmpty()) {
      location += "?" + query;
    }
    if (redirect.permanent()) {
      response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
    } else {
      response.setStatus(HttpServletResponse.SC_FOUND);
      response.addHeader("Vary", AcceptLanguage.HEADER);
    }
    response.setHeader("Location", location);
  }
}
