package lu.creativecluster.adapter.webui.security;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Security adapter: the headers every answer carries. The policy allows no inline script or style
 * and no framing; HSTS only over HTTPS, where a browser will honour it.
 */
public final class SecurityHeaders {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

  private SecurityHeaders() {}

  /** The headers and their values, in a stable order. */
  static Map<String, String> forRequest(boolean secure) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "no-referrer");
    headers.put("X-Frame-Options", "DENY");
    if (secure) {
      headers.put("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
    return headers;
  }

  /** Sets them (replacing any earlier value) unless the response is already on its way. */
  public static void apply(HttpServletResponse response, boolean secure) {
    if (response.isCommitted()) {
      return;
    }
    forRequest(secure).forEach(response::setHeader);
  }
}
