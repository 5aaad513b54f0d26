package lu.creativecluster.adapter.webui.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import lu.creativecluster.adapter.webui.site.AcceptLanguage;
import lu.creativecluster.adapter.webui.site.LocalizedPath;
import lu.creativecluster.adapter.webui.site.Route;
import lu.creativecluster.domain.shared.Language;

/**
 * Security adapter: what Faces may take for a form submission.
 *
 * <ul>
 *   <li>Only a POST. Faces would take any request that carries a view state ({@code
 *       jakarta.faces.ViewState}, in a query string for example) as a postback and process its
 *       fields, outside the forms' rate limit ({@link FormRateLimitFilter} counts POSTs) and open
 *       to links planted elsewhere. For every other method the Faces parameters are hidden, so the
 *       page renders as if freshly opened and the fields are ignored.
 *   <li>Only with the page's own kind of view state. The view state is also the forms' CSRF token;
 *       Faces accepts the literal {@code stateless} for any view and then processes the form
 *       without any token, so it is accepted only by the pages that never keep state (the sign-out
 *       page). A post without a view state, or with any other, is the page's business: Faces treats
 *       an unknown one as an expired page ({@code ExpiredViewRecovery}).
 * </ul>
 */
public class PostbackFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String FACES_PARAMETER_PREFIX = "jakarta.faces.";
  static final String VIEW_STATE = "jakarta.faces.ViewState";
  static final String STATELESS = "stateless";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      // An error page is never the form that failed: restoring that form's view state again would
      // fail again, now while the error page renders.
      chain.doFilter(
          carriesFacesState(request) ? new WithoutFacesParameters(request) : request, response);
      return;
    }
    if ("POST".equals(request.getMethod())) {
      if (isStatelessTokenForStatefulPage(request)) {
        reload(request, response);
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    if (!carriesFacesState(request)) {
      chain.doFilter(request, response);
      return;
    }
    chain.doFilter(new WithoutFacesParameters(request), response);
  }

  private static boolean isStatelessTokenForStatefulPage(HttpServletRequest request) {
    if (!STATELESS.equals(request.getParameter(VIEW_STATE))) {
      return false;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Language preferred = AcceptLanguage.preferred(request.getHeader(AcceptLanguage.HEADER));
    return !(LocalizedPath.route(path, "POST", preferred) instanceof Route.Forward forward
        && !forward.target().page().keepsViewState(true));
  }

  /** Nothing was done: the page is shown afresh, as after an expired session. */
  private static void reload(HttpServletRequest request, HttpServletResponse response) {
    String query = request.getQueryString();
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader(
        "Location",
        request.getRequestURI() + (query == null || query.isEmpty() ? "" : "?" + query));
  }

  private static boolean carriesFacesState(HttpServletRequest request) {
    return request.getParameterMap().keySet().stream().anyMatch(PostbackFilter::isFaces);
  }

  static boolean isFaces(String name) {
    return name.startsWith(FACES_PARAMETER_PREFIX);
  }

  /** The request with its Faces parameters left out (other parameters, such as a token, stay). */
  static final class WithoutFacesParameters extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;

    WithoutFacesParameters(HttpServletRequest request) {
      super(request);
      Map<String, String[]> kept = new LinkedHashMap<>();
      request
          .getParameterMap()
          .forEach(
              (name, values) -> {
                if (!isFaces(name)) {
                  kept.put(name, values);
                }
              });
      this.parameters = Collections.unmodifiableMap(kept);
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      String[] values = parameters.get(name);
      return values == null ? null : values.clone();
    }
  }
}
