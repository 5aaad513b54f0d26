package lu.creativecluster.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lu.creativecluster.it.support.PlatformDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * What the HTTP side must not let a client do: have form fields processed by a GET (outside the
 * forms' rate limit), guess bearer tokens without limit (or fill the log doing so), or choose the
 * host name that links and redirects point to.
 */
class HttpHardeningIT extends PlatformDeployment {

  private static final int API_PERMITS = Integer.getInteger("it.api.permits", 300);
  private static final String FORM_ID = "forgot-password-form";

  @ArquillianResource URL base;

  private RawHttp http() {
    return new RawHttp(base);
  }

  @Test
  void forgotPasswordFieldsAndViewStateSentByGet_areNeverProcessed() throws IOException {
    RawHttp http = http();
    String from = "127.0.0.9";
    RawHttp.Answer page = http.send(from, "GET", "/en/forgot-password", "", null);
    String cookie = page.header("Set-Cookie").orElseThrow().split(";")[0];
    String viewState = viewState(page.body());
    String fields =
        FORM_ID
            + "="
            + FORM_ID
            + "&email=someone%40example.org&send-link=Send&jakarta.faces.ViewState="
            + enc(viewState);

    for (int get = 1; get <= 25; get++) {
      RawHttp.Answer answer =
          http.send(
              from, "GET", "/en/forgot-password?" + fields, "Cookie: " + cookie + "\r\n", null);
      assertEquals(200, answer.status());
      assertTrue(
          answer.body().contains("id=\"" + FORM_ID + "\""),
          "GET " + get + " shows the empty form: its fields were not processed");
    }

    // Each GET rendered a fresh form; the session keeps only the latest views, so post the last.
    RawHttp.Answer last =
        http.send(from, "GET", "/en/forgot-password", "Cookie: " + cookie + "\r\n", null);
    String posted = fields.replace(enc(viewState), enc(viewState(last.body())));
    RawHttp.Answer post =
        http.send(
            from,
            "POST",
            "/en/forgot-password",
            "Cookie: " + cookie + "\r\nContent-Type: application/x-www-form-urlencoded\r\n",
            posted.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, post.status(), post.head());
    assertFalse(post.body().contains("id=\"" + FORM_ID + "\""), "the same fields by POST are");
  }

  @Test
  void aFloodOfInvalidBearerTokens_meetsTheApiLimit_andWritesNoError() throws IOException {
    RawHttp http = http();
    ServerLog log = ServerLog.fromNow();
    String from = "127.0.0.10";
    RawHttp.Answer first =
        http.send(from, "GET", "/api/v1/me", "Authorization: Bearer a.b.c\r\n", null);
    assertEquals(401, first.status());
    assertEquals("Bearer error=\"invalid_token\"", first.header("WWW-Authenticate").orElse(""));
    assertTrue(
        first.header("Content-Type").orElse("").startsWith("application/problem+json"),
        first.head() + "\n\n" + first.body());
    assertTrue(first.body().contains("\"status\":401"), first.head() + "\n\n" + first.body());

    RawHttp.Answer refused = null;
    for (int call = 2; call <= 2 * API_PERMITS + 20 && refused == null; call++) {
      RawHttp.Answer answer =
          http.send(from, "GET", "/api/v1/me", "Authorization: Bearer a.b.c\r\n", null);
      if (answer.status() == 429) {
        refused = answer;
      } else {
        assertEquals(401, answer.status(), "call " + call);
      }
    }
    assertTrue(refused != null, "no 429 for a flood of invalid tokens");
    assertTrue(refused.header("Content-Type").orElse("").startsWith("application/problem+json"));
    assertTrue(refused.body().contains("\"status\":429"), refused.body());
    long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
    assertEquals(List.of(), log.errors(), "refused tokens write no ERROR");
  }

  @Test
  void aForeignHostHeader_isInNoLinkAndNoRedirect() throws IOException {
    RawHttp http = http();
    String evil = "Host: evil.example\r\n";
    RawHttp.Answer sectors = sendWithHost(http, "GET", "/en/sectors", evil, null);
    assertEquals(200, sectors.status());
    assertFalse(sectors.body().contains("evil.example"), "the page names the foreign host");
    Matcher canonical =
        Pattern.compile("<link rel=\"canonical\" href=\"([^\"]*)\"").matcher(sectors.body());
    assertTrue(canonical.find(), "the page has a canonical link");
    assertEquals("http://localhost:" + base.getPort() + "/en/sectors", canonical.group(1));

    RawHttp.Answer staff = sendWithHost(http, "GET", "/en/staff/", evil, null);
    assertEquals(302, staff.status());
    assertTrue(
        staff.header("Location").orElse("").startsWith("/en/sign-in?next="),
        "a relative redirect: " + staff.header("Location"));

    RawHttp.Answer expired =
        sendWithHost(
            http,
            "POST",
            "/en/forgot-password",
            evil + "Content-Type: application/x-www-form-urlencoded\r\n",
            (FORM_ID + "=" + FORM_ID + "&email=a%40b.c&jakarta.faces.ViewState=1%3A2")
                .getBytes(StandardCharsets.UTF_8));
    assertTrue(expired.status() < 500, "a forged view state answers " + expired.status());
    assertFalse(expired.head().contains("evil.example"), expired.head());
    assertFalse(expired.body().contains("evil.example"));
  }

  /** A request whose only Host header is the one given. */
  private static RawHttp.Answer sendWithHost(
      RawHttp http, String method, String path, String headers, byte[] body) throws IOException {
    String request =
        method
            + " "
            + path
            + " HTTP/1.1\r\n"
            + headers
            + "Connection: close\r\n"
            + (body == null ? "" : "Content-Length: " + body.length + "\r\n")
            + "\r\n";
    byte[] head = request.getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[head.length + (body == null ? 0 : body.length)];
    System.arraycopy(head, 0, all, 0, head.length);
    if (body != null) {
      System.arraycopy(body, 0, all, head.length, body.length);
    }
    return http.exchange("127.0.0.11", all);
  }

  static String viewState(String html) {
    Matcher m =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(html);
    assertTrue(m.find(), "the page has a view state");
    return m.group(1).replace("&#58;", ":");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
