package lu.creativecluster.adapter.webui.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import lu.creativecluster.adapter.webui.site.AcceptLanguage;
import lu.creativecluster.application.port.in.ratelimit.Admission;
import lu.creativecluster.application.port.in.ratelimit.AdmitRequestUseCase;
import lu.creativecluster.application.port.in.ratelimit.ClientKey;
import lu.creativecluster.application.port.in.ratelimit.RateLimit;
import lu.creativecluster.domain.shared.Language;
import org.eclipse.microprofile.config.Config;

/**
 * Security adapter: limits how often one client address may post the public forms (sign-in,
 * forgot-password, set-password, the membership application), so they cannot be used to hammer
 * accounts or send mail in bulk. Only posts are counted because only posts are processed: {@link
 * PostbackFilter} keeps Faces from taking any other request for a form submission. Over the limit
 * the answer is 429 with {@code Retry-After} and a short text in the page's language.
 */
public class FormRateLimitFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String BUCKET = "forms";
  static final String MESSAGE_KEY = "error.tooManyRequests";
  private static final String BUNDLE = "lu.creativecluster.adapter.webui.messages";

  @Inject private AdmitRequestUseCase admitRequest;
  @Inject private Config config;
  private transient RateLimit limit;

  @Override
  public void init() throws ServletException {
    limit = SecuritySettings.of(config).forms();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equalsIgnoreCase(request.getMethod())
        || !PublicForms.isPublicForm(
            request.getRequestURI().substring(request.getContextPath().length()))) {
      chain.doFilter(request, response);
      return;
    }
    // The address resolved by ClientAddressHandler; an IPv6 client counts by its /64.
    Admission admission =
        admitRequest.admit(BUCKET, ClientKey.ofAddress(request.getRemoteAddr()), limit);
    if (admission.admitted()) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(admission.retryAfterSeconds()));
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/plain");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(message(language(request)));
  }

  private static Language language(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String[] segments = path.split("/", 3);
    if (segments.length > 1) {
      for (Language language : Language.values()) {
        if (language.code().equals(segments[1])) {
          return language;
        }
      }
    }
    return AcceptLanguage.preferred(request.getHeader(AcceptLanguage.HEADER));
  }

  private static String message(Language language) {
    try {
      return ResourceBundle.getBundle(BUNDLE, language.locale()).getString(MESSAGE_KEY);
    } catch (MissingResourceException e) {
      return "429 Too Many Requests";
    }
  }
}
