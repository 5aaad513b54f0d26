package lu.creativecluster.it.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import io.restassured.response.Response;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.stream.Stream;
import lu.creativecluster.it.support.PlatformDeployment;
import lu.creativecluster.it.support.TestTokens;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Partner systems authenticate with a bearer JWT: a token the configured issuer signed for this
 * audience is the caller with its scopes; every other token is refused with 401, whatever the path,
 * and nothing about a bearer call opens a session.
 */
class BearerTokenIT extends PlatformDeployment {

  @ArquillianResource URL base;

  private String api(String path) {
    return base.toString().replaceFirst("/$", "") + "/api/v1" + path;
  }

  @Test
  void aValidToken_isThePartnerWithTheScopesOfTheToken() {
    String token = TestTokens.valid("ministry-of-culture", "audit:read", "stats:read");
    given()
        .auth()
        .oauth2(token)
        .when()
        .get(api("/me"))
        .then()
        .statusCode(200)
        .header("Cache-Control", containsString("no-store"))
        .body("kind", equalTo("partner"))
        .body("id", equalTo("ministry-of-culture"))
        .body("name", equalTo("partner:ministry-of-culture"))
        .body("scopes", containsInAnyOrder("audit:read", "stats:read"))
        .body("roles", empty());
  }

  @Test
  void scopesInAnScpArray_countAsWell() {
    String token =
        TestTokens.forPartner("partner-cluster-abroad")
            .scopes("stats:read", "members:read")
            .scopesAsScpArray()
            .sign();
    given()
        .auth()
        .oauth2(token)
        .get(api("/me"))
        .then()
        .statusCode(200)
        .body("scopes", containsInAnyOrder("stats:read", "members:read"));
  }

  @Test
  void aTokenWithAKeyIdHeader_isAccepted_asIdentityProvidersThatRotateKeysSendIt() {
    String token =
        TestTokens.forPartner("rotating-idp").scopes("stats:read").keyId("2026-key-1").sign();
    given().auth().oauth2(token).get(api("/me")).then().statusCode(200);
  }

  @Test
  void aTokenWithoutScopes_isStillThePartner_withNone() {
    given()
        .auth()
        .oauth2(TestTokens.valid("no-scopes"))
        .get(api("/me"))
        .then()
        .statusCode(200)
        .body("scopes", hasSize(0));
  }

  static Stream<Arguments> refusedTokens() {
    return Stream.of(
        refused(
            "signed by a key the server does not trust",
            () -> TestTokens.forPartner("forger").scopes("audit:read").signedByAnotherKey().sign()),
        refused(
            "issued by another issuer",
            () ->
                TestTokens.forPartner("forger")
                    .issuer("https://evil.test/issuer")
                    .scopes("audit:read")
                    .sign()),
        refused(
            "meant for another audience",
            () ->
                TestTokens.forPartner("forger")
                    .audiences("some-other-api")
                    .scopes("audit:read")
                    .sign()),
        refused(
            "expired five minutes ago",
            () ->
                TestTokens.forPartner("late")
                    .expiresAt(Instant.now().minus(Duration.ofMinutes(5)))
                    .sign()),
        refused("without expiry", () -> TestTokens.forPartner("forever").withoutExpiry().sign()),
        refused(
            "HS256 with the public key as secret (algorithm confusion)",
            () ->
                TestTokens.forPartner("forger")
                    .scopes("audit:read")
                    .signHs256WithThePublicKeyAsSecret()),
        refused(
            "alg none (no signature)",
            () -> TestTokens.forPartner("forger").scopes("audit:read").unsigned()),
        refused(
            "RS512, an algorithm outside the allow-list, by the trusted key",
            () -> TestTokens.forPartner("odd").algorithm(JWSAlgorithm.RS512).sign()),
        refused("not a JWT at all", () -> "garbage"),
        refused(
            "a valid token with its payload swapped",
            () -> {
              String[] honest = TestTokens.valid("honest").split("\\.");
              String[] greedy = TestTokens.valid("greedy", "audit:read").split("\\.");
              return honest[0] + "." + greedy[1] + "." + honest[2];
            }));
  }

  private static Arguments refused(String why, Supplier<String> token) {
    return Arguments.of(why, token);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedTokens")
  void anInvalidToken_is401ProblemWithAnInvalidTokenChallenge(String why, Supplier<String> token) {
    Response answer = given().auth().oauth2(token.get()).get(api("/me"));
    answer
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Bearer"))
        .header("WWW-Authenticate", containsString("invalid_token"))
        .body("status", equalTo(401));
    assertNoSessionCookie(answer);
  }

  @Test
  void anInvalidToken_isRefusedOnPublicEndpointsToo_neverTreatedAsNoToken() {
    given()
        .auth()
        .oauth2(TestTokens.forPartner("forger").signedByAnotherKey().sign())
        .get(api("/sectors"))
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void noCredentials_is401ProblemWithABearerChallenge() {
    for (String path : new String[] {"/me", "/audit-events"}) {
      given()
          .get(api(path))
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .header("WWW-Authenticate", startsWith("Bearer"))
          .header("WWW-Authenticate", containsString("realm="))
          .body("status", equalTo(401))
          .body("instance", equalTo("/api/v1" + path));
    }
  }

  @Test
  void publicSectors_needNoToken_andAcceptAValidOne() {
    given().get(api("/sectors")).then().statusCode(200).body("$", hasSize(12));
    given()
        .auth()
        .oauth2(TestTokens.valid("reader", "stats:read"))
        .get(api("/sectors/music"))
        .then()
        .statusCode(200)
        .body("code", equalTo("music"));
  }

  @Test
  void aBearerCall_opensNoSession() {
    Response answer =
        given().auth().oauth2(TestTokens.valid("stateless", "audit:read")).get(api("/me"));
    assertEquals(200, answer.statusCode());
    assertNoSessionCookie(answer);
    Response again =
        given().auth().oauth2(TestTokens.valid("stateless", "audit:read")).get(api("/me"));
    assertNoSessionCookie(again);
  }

  @Test
  void aBearerTokenInTheQueryString_isNotACredential() {
    given()
        .queryParam("access_token", TestTokens.valid("leaky", "audit:read"))
        .get(api("/me"))
        .then()
        .statusCode(401)
        .body(not(containsString("leaky")));
  }

  private static void assertNoSessionCookie(Response answer) {
    assertTrue(
        answer.headers().getValues("Set-Cookie").stream()
            .noneMatch(c -> c.toUpperCase(java.util.Locale.ROOT).startsWith("JSESSIONID")),
        "a bearer call set a session cookie: " + answer.headers().getValues("Set-Cookie"));
  }
}
