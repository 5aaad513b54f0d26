package lu.creativecluster.adapter.webui.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

/**
 * Security adapter: ends any session older than {@link SessionLifetime#MAXIMUM}, counted from
 * sign-in for a signed-in person and from creation otherwise. (The mechanism already ignores a
 * sign-in past the limit; this also clears sessions that only hold Faces view state.)
 */
public class SessionLifetimeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private Clock clock;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    if (session != null && SessionLifetime.isOver(began(session), clock.instant())) {
      SignedInSession.invalidate(session);
    }
    chain.doFilter(request, response);
  }

  private static Instant began(HttpSession session) {
    try {
      if (session.getAttribute(SignedInSession.ATTRIBUTE) instanceof SignedInSession.SignedIn s) {
        return s.at();
      }
      return Instant.ofEpochMilli(session.getCreationTime());
    } catch (IllegalStateException invalidated) {
      return Instant.MIN;
    }
  }
}
