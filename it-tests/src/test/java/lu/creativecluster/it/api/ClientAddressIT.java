package lu.creativecluster.it.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lu.creativecluster.it.support.ClientAddress;
import lu.creativecluster.it.support.PlatformDeployment;
import lu.creativecluster.it.support.TestTokens;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * Who the client is: X-Forwarded-For counts only from a trusted proxy (the test server trusts
 * 127.0.0.7 through CLUSTER_TRUSTED_PROXIES), and then its right-most untrusted entry; any other
 * peer is itself, whatever it claims. The rate limits and the audit log see the same address, and
 * an IPv6 client is counted by its /64.
 */
class ClientAddressIT extends PlatformDeployment {

  private static final int API_PERMITS = Integer.getInteger("it.api.permits", 300);
  private static final String TRUSTED_PROXY = "127.0.0.7";

  @ArquillianResource URL base;

  private String site() {
    return base.toString().replaceFirst("/$", "");
  }

  @Test
  void anUntrustedPeer_cannotEscapeTheLimitByInventingForwardedAddresses() {
    int refusedAt = callsUntilRefused("127.0.0.8", call -> "198.51.100." + (call % 250));
    assertTrue(refusedAt > 0, "a fresh X-Forwarded-For per call escaped the limit");
  }

  @Test
  void behindTheTrustedProxy_eachForwardedClientHasItsOwnBudget_keyedByTheRightMostEntry() {
    // The client prepends the same invented address each time; the proxy appends the real one.
    int refusedAt =
        callsUntilRefused(
            TRUSTED_PROXY, call -> "192.0.2.1, 203.0.113." + (call % 200) + ", " + TRUSTED_PROXY);
    assertEquals(-1, refusedAt, "clients behind the proxy shared one budget");
    assertTrue(
        callsUntilRefused(TRUSTED_PROXY, call -> call + ".1.1.1, 203.0.114.9") > 0,
        "one forwarded client is limited whatever it prepends");
  }

  @Test
  void ipv6ClientsBehindTheProxy_areCountedByTheir64() {
    assertTrue(
        callsUntilRefused(TRUSTED_PROXY, call -> "2001:db8:66:1::" + Integer.toHexString(call + 1))
            > 0,
        "fresh addresses in one /64 escaped the limit");
  }

  @Test
  void theAuditLog_recordsTheResolvedAddress() throws IOException {
    failSignIn(TRUSTED_PROXY, "192.0.2.99, 203.0.113.77");
    failSignIn("127.0.0.8", "203.0.113.88");

    List<String> sources =
        given()
            .auth()
            .oauth2(TestTokens.valid("auditor-" + UUID.randomUUID(), "audit:read"))
            .queryParam("limit", 200)
            .get(site() + "/api/v1/audit-events")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.findAll { it.action == 'sign-in.failed' }.sourceAddress");
    assertTrue(sources.contains("203.0.113.77"), "the forwarded client: " + sources);
    assertTrue(sources.contains("127.0.0.8"), "the untrusted peer itself: " + sources);
    assertTrue(!sources.contains("203.0.113.88"), "never what an untrusted peer claims");
  }

  /** The call (1-based) that was first refused, or -1 if 2 × the permits all passed. */
  private int callsUntilRefused(String from, IntFunction<String> forwardedFor) {
    String api = site() + "/api/v1/sectors";
    for (int call = 1; call <= 2 * API_PERMITS + 10; call++) {
      Response answer =
          ClientAddress.from(from).header("X-Forwarded-For", forwardedFor.apply(call)).get(api);
      if (answer.statusCode() == 429) {
        return call;
      }
      assertEquals(200, answer.statusCode(), "call " + call);
    }
    return -1;
  }

  /** A sign-in with an unknown address through raw HTTP, as a script would send it. */
  private void failSignIn(String from, String forwardedFor) throws IOException {
    RawHttp http = new RawHttp(base);
    String forwarded = "X-Forwarded-For: " + forwardedFor + "\r\n";
    RawHttp.Answer page = http.send(from, "GET", "/en/sign-in", forwarded, null);
    String cookie = page.header("Set-Cookie").orElseThrow().split(";")[0];
    StringBuilder form = new StringBuilder();
    for (String name : inputs(page.body())) {
      String value =
          name.endsWith("email")
              ? "nobody-" + UUID.randomUUID() + "@example.org"
              : name.endsWith("password") ? "wrong-" + UUID.randomUUID() : null;
      if (name.equals("jakarta.faces.ViewState")) {
        value = HttpHardeningIT.viewState(page.body());
      }
      if (value != null) {
        form.append(enc(name)).append('=').append(enc(value)).append('&');
      }
    }
    Matcher formId = Pattern.compile("<form id=\"([^\"]*)\"").matcher(page.body());
    formId.find();
    Matcher button =
        Pattern.compile("<input[^>]*type=\"submit\"[^>]*name=\"([^\"]*)\"").matcher(page.body());
    form.append(enc(formId.group(1))).append('=').append(enc(formId.group(1)));
    if (button.find()) {
      form.append('&').append(enc(button.group(1))).append("=x");
    }
    RawHttp.Answer answer =
        http.send(
            from,
            "POST",
            "/en/sign-in",
            forwarded
                + "Cookie: "
                + cookie
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\n",
            form.toString().getBytes(StandardCharsets.UTF_8));
    assertEquals(200, answer.status(), "a failed sign-in shows the form again");
  }

  private static List<String> inputs(String html) {
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile("<input[^>]*name=\"([^\"]*)\"").matcher(html);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
