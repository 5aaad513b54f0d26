package lu.creativecluster.it.account;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import java.net.URL;
import java.util.Map;
import lu.creativecluster.it.support.PlatformDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The test server does not switch the demo on (no {@code cluster.demo}), so the demo accounts the
 * README lists, with their published password, do not exist there: signing in with them is refused
 * like any wrong password.
 */
class DemoAccountsAbsentIT extends PlatformDeployment {

  private static final String README_DEMO_PASSWORD = "cluster-demo-2026";

  @ArquillianResource URL base;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"admin@demo.creativecluster.lu", "staff@demo.creativecluster.lu"})
  void aDemoAddressWithTheReadmePassword_cannotSignIn(String demoAddress) {
    HttpVisitor stranger = new HttpVisitor(base.toString().replaceFirst("/$", ""), "127.0.0.61");

    Response answer =
        stranger.submit(
            "/en/sign-in",
            "sign-in-form",
            "sign-in",
            Map.of("email", demoAddress, "password", README_DEMO_PASSWORD));

    assertEquals(200, answer.statusCode(), "a signed-in person would be sent on (303)");
    answer.then().body(containsString("Invalid e-mail or password."));
    Response staffArea = stranger.get("/en/staff/");
    assertEquals(302, staffArea.statusCode(), "the staff area stays closed");
    staffArea.then().header("Location", containsString("/sign-in"));
  }

  /** Nor do the demo members (issue 8): neither their profiles nor any row of the export. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"studio-lumen", "klangfabrik-records", "agence-pont-rouge"})
  void aDemoMember_isNotInTheDirectory(String demoSlug) {
    String api = base.toString().replaceFirst("/$", "") + "/api/v1/members";

    io.restassured.RestAssured.given().get(api + "/" + demoSlug).then().statusCode(404);
    String export = io.restassured.RestAssured.given().get(api + "/export?format=csv").asString();
    assertEquals(false, export.contains("\r\n" + demoSlug + ","), demoSlug + " is exported");
  }
}
