package lu.creativecluster.it.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.net.URL;
import java.util.UUID;
import lu.creativecluster.it.support.PlatformDeployment;
import lu.creativecluster.it.support.TestTokens;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * The API's per-client rate limit (cluster.rate-limit.api.permits per window, 300 per minute here):
 * a partner that calls too often gets 429 problem+json with Retry-After, counted by its token
 * subject, so other partners and anonymous visitors are not slowed by it.
 */
class ApiRateLimitIT extends PlatformDeployment {

  private static final int PERMITS = Integer.getInteger("it.api.permits", 300);

  @ArquillianResource URL base;

  private String api(String path) {
    return base.toString().replaceFirst("/$", "") + "/api/v1" + path;
  }

  @Test
  void onePartnerCallingTooOften_gets429WithRetryAfter_othersDoNot() {
    String busy = TestTokens.valid("busy-" + UUID.randomUUID(), "stats:read");
    for (int call = 1; call <= PERMITS; call++) {
      int status = given().auth().oauth2(busy).get(api("/me")).statusCode();
      assertEquals(200, status, "call " + call + " of " + PERMITS + " is within the limit");
    }
    Response refused = firstRefusal(busy);
    refused
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("status", equalTo(429))
        .body("instance", equalTo("/api/v1/me"));
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter + " s");

    given()
        .auth()
        .oauth2(TestTokens.valid("calm-" + UUID.randomUUID(), "stats:read"))
        .get(api("/me"))
        .then()
        .statusCode(200);
    given().get(api("/sectors/music")).then().statusCode(200);
  }

  /**
   * The next calls until one is refused. A limit kept in fixed windows may start a new window
   * during the loop above; then it refuses a little later, but it does refuse.
   */
  private Response firstRefusal(String token) {
    for (int call = 0; call < PERMITS; call++) {
      Response answer = given().auth().oauth2(token).get(api("/me"));
      if (answer.statusCode() != 200) {
        return answer;
      }
    }
    throw new AssertionError("no 429 after " + 2 * PERMITS + " calls by one token subject");
  }
}
