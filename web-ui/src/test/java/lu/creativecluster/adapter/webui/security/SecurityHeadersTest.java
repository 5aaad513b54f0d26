package lu.creativecluster.adapter.webui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void everyAnswer_forbidsInlineScriptFramingSniffingAndReferrers() {
    Map<String, String> headers = SecurityHeaders.forRequest(false);

    String csp = headers.get("Content-Security-Policy");
    assertTrue(csp.contains("script-src 'self';"));
    assertFalse(csp.contains("unsafe-inline"));
    assertTrue(csp.contains("frame-ancestors 'none'"));
    assertTrue(csp.contains("object-src 'none'"));
    assertTrue(csp.contains("form-action 'self'"));
    assertEquals("nosniff", headers.get("X-Content-Type-Options"));
    assertEquals("no-referrer", headers.get("Referrer-Policy"));
    assertEquals("DENY", headers.get("X-Frame-Options"));
  }

  @Test
  void hsts_isSentOnlyOverHttps() {
    assertFalse(SecurityHeaders.forRequest(false).containsKey("Strict-Transport-Security"));
    assertEquals(
        "max-age=31536000; includeSubDomains",
        SecurityHeaders.forRequest(true).get("Strict-Transport-Security"));
  }
}
