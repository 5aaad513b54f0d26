package lu.creativecluster.adapter.webui.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Web adapter: redirects keep the path they were given. The container's {@code sendRedirect} makes
 * a path absolute with the request's {@code Host} header, which the client chooses (a redirect to
 * {@code http://evil.example/...}); a path-absolute {@code Location} is valid HTTP (RFC 9110) and
 * leads every browser back to the host it asked.
 */
public class RelativeRedirectFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, new RelativeRedirects(response, request.getRequestURI()));
  }

  /** The {@code Location} for a redirect to {@code location} from {@code requestUri}. */
  static String location(String location, String requestUri) {
    if (location.startsWith("/") || location.contains("://")) {
      return location;
    }
    int lastSlash = requestUri == null ? -1 : requestUri.lastIndexOf('/');
    return (lastSlash < 0 ? "/" : requestUri.substring(0, lastSlash + 1)) + location;
  }

  private static final class RelativeRedirects extends HttpServletResponseWrapper {

    private final String requestUri;

    RelativeRedirects(HttpServletResponse response, String requestUri) {
      super(response);
      this.requestUri = requestUri;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      if (isCommitted()) {
        throw new IllegalStateException("response already committed");
      }
      resetBuffer();
      setStatus(SC_FOUND);
      setHeader("Location", location(location, requestUri));
      flushBuffer();
    }
  }
}
