package lu.creativecluster.adapter.webui.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class SensitivePagesNoStoreFilterTest {

  private static HttpServletRequest request(String uri) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRequestURI" -> uri;
                  case "getContextPath" -> "";
                  default -> null;
                });
  }

  @Test
  void theSetPasswordPage_isSensitive_byUrlAndByFacesView() {
    assertTrue(SensitivePagesNoStoreFilter.isSensitive(request("/en/set-password")));
    assertTrue(SensitivePagesNoStoreFilter.isSensitive(request("/set-password.xhtml")));
    assertTrue(SensitivePagesNoStoreFilter.isSensitive(request("/de/sign-in")));
    assertTrue(SensitivePagesNoStoreFilter.isSensitive(request("/fr/forgot-password")));
  }

  @Test
  void publicPages_mayBeCached() {
    assertFalse(SensitivePagesNoStoreFilter.isSensitive(request("/en/sectors")));
    assertFalse(SensitivePagesNoStoreFilter.isSensitive(request("/")));
  }
}
