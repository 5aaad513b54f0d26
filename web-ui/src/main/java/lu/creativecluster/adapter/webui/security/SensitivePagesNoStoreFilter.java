package lu.creativecluster.adapter.webui.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security adapter: the public forms' pages (sign-in, forgot-password, set-password with its
 * one-time link in the URL) are never kept by a browser or a proxy, so nobody reads them back from
 * a shared computer's cache. (The mechanism does the same for the pages of signed-in people.) It
 * runs on the request and on the forward to the Faces view, whichever the page router takes.
 */
@WebFilter(
    filterName = "SensitivePagesNoStoreFilter",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD},
    asyncSupported = true)
public class SensitivePagesNoStoreFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isSensitive(request)) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }

  static boolean isSensitive(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String path = uri == null ? "" : uri.substring(request.getContextPath().length());
    return PublicForms.isPublicForm(path);
  }
}
