package lu.creativecluster.adapter.webui.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security adapter: puts the {@link SecurityHeaders} on every answer, before anything else can
 * answer. Declared first in web.xml, for plain requests and error dispatches (an error page may
 * have reset the response).
 */
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    SecurityHeaders.apply(response, request.isSecure());
    chain.doFilter(request, response);
  }
}
