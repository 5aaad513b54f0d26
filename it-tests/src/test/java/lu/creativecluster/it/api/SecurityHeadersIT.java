package lu.creativecluster.it.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.response.Response;
import java.net.URL;
import lu.creativecluster.it.support.PlatformDeployment;
import lu.creativecluster.it.support.TestTokens;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Secure by default, on every kind of answer: pages, API data and API problems carry the security
 * headers (strict CSP without inline script, nosniff, no framing, no referrer); HSTS is left to
 * HTTPS; TRACE is refused; error bodies reveal no stack trace.
 */
class SecurityHeadersIT extends PlatformDeployment {

  private static final String[] STACK_TRACE_MARKS = {
    "Exception", "\tat ", "at java.", "at org.", "at lu.creativecluster", "jakarta.servlet"
  };

  @ArquillianResource URL base;

  private String site(String path) {
    return base.toString().replaceFirst("/$", "") + path;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/en/", "/de/sectors", "/fr/sign-in", "/api/v1/sectors", "/api/v1/me"})
  void everyAnswer_carriesTheSecurityHeaders(String path) {
    Response answer = given().redirects().follow(false).get(site(path));
    answer
        .then()
        .header("Content-Security-Policy", containsString("default-src 'self'"))
        .header("Content-Security-Policy", containsString("script-src 'self'"))
        .header("Content-Security-Policy", containsString("object-src 'none'"))
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("Content-Security-Policy", not(containsString("unsafe-inline")))
        .header("Content-Security-Policy", not(containsString("unsafe-eval")))
        .header("X-Content-Type-Options", equalToIgnoringCase("nosniff"))
        .header("X-Frame-Options", equalToIgnoringCase("DENY"))
        .header("Referrer-Policy", equalTo("no-referrer"))
        // Over plain HTTP a browser ignores HSTS; it is sent only on HTTPS.
        .header("Strict-Transport-Security", nullValue());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/en/", "/api/v1/sectors"})
  void trace_isRefused_andEchoesNothing(String path) {
    Response answer = given().header("X-Probe", "secret-probe-value").request("TRACE", site(path));
    answer.then().statusCode(405);
    assertFalse(answer.asString().contains("secret-probe-value"), "TRACE echoed the request");
  }

  @Test
  void apiErrors_revealNoStackTrace() {
    assertNoStackTrace(
        given()
            .auth()
            .oauth2(TestTokens.valid("careless", "audit:read"))
            .queryParam("limit", "%00<script>")
            .get(site("/api/v1/audit-events")));
    assertNoStackTrace(given().auth().oauth2("a.b.c").get(site("/api/v1/me")));
    assertNoStackTrace(
        given()
            .contentType("application/json")
            .body("{not json")
            .post(site("/api/v1/audit-events")));
  }

  @Test
  void pageErrors_revealNoStackTrace() {
    assertNoStackTrace(given().get(site("/en/no-such-page")));
    assertNoStackTrace(
        given()
            .redirects()
            .follow(false)
            .contentType("application/x-www-form-urlencoded")
            .formParam("jakarta.faces.ViewState", "-1234:forged")
            .formParam("email", "x@example.lu")
            .post(site("/en/sign-in")));
    assertNoStackTrace(given().get(site("/en/set-password?token=forged-token-value")));
  }

  @Test
  void apiErrors_areProblems_evenForUnsupportedMethods() {
    given()
        .contentType("application/json")
        .body("{}")
        .delete(site("/api/v1/me"))
        .then()
        .statusCode(anyOf(equalTo(401), equalTo(405)))
        .contentType("application/problem+json");
  }

  private static void assertNoStackTrace(Response answer) {
    String body = answer.asString();
    for (String mark : STACK_TRACE_MARKS) {
      assertFalse(
          body.contains(mark),
          "status " + answer.statusCode() + " body reveals '" + mark + "':\n" + body);
    }
  }
}
