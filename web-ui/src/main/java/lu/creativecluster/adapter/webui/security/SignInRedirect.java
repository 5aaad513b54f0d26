package lu.creativecluster.adapter.webui.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import lu.creativecluster.adapter.webui.site.AcceptLanguage;
import lu.creativecluster.domain.shared.Language;

/**
 * Security adapter: where a visitor who opens a protected page is sent: the sign-in page in the
 * page's language, with the page to come back to in {@code next} (the sign-in page follows only
 * paths on this site). A form post cannot be replayed, so it gets no {@code next}.
 */
final class SignInRedirect {

  static final String NEXT = "next";

  private SignInRedirect() {}

  /**
   * @param requestUri the request URI as received, context path included
   * @param query the query string, or null
   */
  static String location(
      String contextPath, String requestUri, String query, String method, String acceptLanguage) {
    Language language =
        languageOf(requestUri.substring(contextPath.length()))
            .orElseGet(() -> AcceptLanguage.preferred(acceptLanguage));
    String signIn = contextPath + "/" + language.code() + "/sign-in";
    if (!isRead(method)) {
      return signIn;
    }
    String back = query == null || query.isEmpty() ? requestUri : requestUri + "?" + query;
    return signIn + "?" + NEXT + "=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
  }

  private static Optional<Language> languageOf(String path) {
    String[] segments = path.split("/", 3);
    if (segments.length < 2) {
      return Optional.empty();
    }
    for (Language language : Language.values()) {
      if (language.code().equals(segments[1])) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  private static boolean isRead(String method) {
    String m = method == null ? "GET" : method.toUpperCase(Locale.ROOT);
    return m.equals("GET") || m.equals("HEAD");
  }
}
