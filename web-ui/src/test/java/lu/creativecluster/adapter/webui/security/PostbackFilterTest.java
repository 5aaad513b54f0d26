package lu.creativecluster.adapter.webui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostbackFilterTest {

  /** A request that only knows its parameters. */
  private static HttpServletRequest withParameters(Map<String, String[]> parameters) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getParameterMap" -> parameters;
                  case "getParameter" -> {
                    String[] values = parameters.get((String) args[0]);
                    yield values == null ? null : values[0];
                  }
                  case "getParameterNames" -> Collections.enumeration(parameters.keySet());
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @Test
  void withoutItsFacesParameters_aRequestIsNoPostback_butKeepsItsOwnParameters() {
    HttpServletRequest request =
        withParameters(
            Map.of(
                "jakarta.faces.ViewState", new String[] {"1:2"},
                "jakarta.faces.source", new String[] {"send-link"},
                "email", new String[] {"someone@example.org"},
                "token", new String[] {"abc"}));

    HttpServletRequest seen = new PostbackFilter.WithoutFacesParameters(request);

    assertNull(seen.getParameter("jakarta.faces.ViewState"));
    assertNull(seen.getParameterValues("jakarta.faces.source"));
    assertEquals("abc", seen.getParameter("token"));
    assertEquals(
        List.of("email", "token"),
        Collections.list(seen.getParameterNames()).stream().sorted().toList());
    assertEquals(2, seen.getParameterMap().size());
  }
}
