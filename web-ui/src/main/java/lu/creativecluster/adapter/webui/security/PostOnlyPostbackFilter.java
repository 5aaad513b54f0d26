package lu.creativecluster.adapter.webui.security;

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

/**
 * Security adapter: only a POST is a form submission. Faces would take any request that carries a
 * view state ({@code jakarta.faces.ViewState}, in a query string for example) as a postback and
 * process its fields, outside the forms' rate limit ({@link FormRateLimitFilter} counts POSTs) and
 * open to links planted elsewhere. For every other method the Faces parameters are hidden, so the
 * page renders as if freshly opened and the fields are ignored.
 */
public class PostOnlyPostbackFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String FACES_PARAMETER_PREFIX = "jakarta.faces.";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("POST".equals(request.getMethod()) || !carriesFacesState(request)) {
      chain.doFilter(request, response);
      return;
    }
    chain.doFilter(new WithoutFacesParameters(request), response);
  }

  private static boolean carriesFacesState(HttpServletRequest request) {
    return request.getParameterMap().keySet().stream().anyMatch(PostOnlyPostbackFilter::isFaces);
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
