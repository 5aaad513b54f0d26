package lu.creativecluster.it.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import lu.creativecluster.it.support.ClientAddress;
import lu.creativecluster.it.support.FormReplay;
import lu.creativecluster.it.support.HeadlessChromium;
import lu.creativecluster.it.support.PlatformDeployment;
import lu.creativecluster.it.support.TestAccounts;
import lu.creativecluster.it.support.TestTokens;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The audit log through the API: scope audit:read is enforced per operation (403 naming the scope),
 * entries come newest first and page backwards, and what the web UI does (a failed sign-in) can be
 * read there with who, what and from where. The OpenAPI document says all this.
 */
class AuditLogApiIT extends PlatformDeployment {

  @ArquillianResource URL base;

  private String site() {
    return base.toString().replaceFirst("/$", "");
  }

  private String api(String path) {
    return site() + "/api/v1" + path;
  }

  private static String auditor() {
    return TestTokens.valid("auditor", "audit:read");
  }

  @Test
  void aTokenWithoutAuditRead_is403ProblemNamingTheScopeItLacks() {
    given()
        .auth()
        .oauth2(TestTokens.valid("statistician", "stats:read", "members:read"))
        .get(api("/audit-events"))
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("error=\"insufficient_scope\""))
        .header("WWW-Authenticate", containsString("scope=\"audit:read\""))
        .body("status", equalTo(403))
        .body("instance", equalTo("/api/v1/audit-events"));
  }

  @Test
  void aTokenWithAuditRead_readsWhatTheWebUiRecorded_newestFirst() {
    // Two failed sign-ins, from two addresses of their own, one after the other.
    failSignInsFrom("127.0.0.3", 1);
    failSignInsFrom("127.0.0.4", 1);

    Response answer =
        given().auth().oauth2(auditor()).queryParam("limit", 500).get(api("/audit-events"));
    answer
        .then()
        .statusCode(200)
        .contentType("application/json")
        .header("Cache-Control", containsString("no-store"))
        .body("items.action", hasItem("sign-in.failed"))
        .body("page.size", equalTo(500))
        .body("page", not(hasKey("totalItems")))
        .body("$", not(hasKey("facets")));
    List<Map<String, Object>> events = answer.jsonPath().getList("items");
    assertNewestFirst(events);

    int older = indexOfFailedSignInFrom(events, "127.0.0.3");
    int newer = indexOfFailedSignInFrom(events, "127.0.0.4");
    assertTrue(newer >= 0 && older >= 0, "both failed sign-ins are in the log: " + events);
    assertTrue(newer < older, "the later sign-in comes first");
    assertNotNull(events.get(newer).get("id"));
    assertNotNull(events.get(newer).get("actor"));
  }

  @Test
  void theLog_pagesBackwards_withLimitAndBefore() {
    failSignInsFrom("127.0.0.5", 2);
    Response first =
        given().auth().oauth2(auditor()).queryParam("limit", 1).get(api("/audit-events"));
    first
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .header("Link", containsString("rel=\"next\""))
        // A relative reference, never built from the Host header the client sent.
        .header("Link", startsWith("</api/v1/audit-events?"));
    Instant newest = Instant.parse(first.jsonPath().getString("items[0].at"));

    List<String> older =
        given()
            .auth()
            .oauth2(auditor())
            .queryParam("limit", 50)
            .queryParam("before", newest.toString())
            .get(api("/audit-events"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.at");
    assertFalse(older.isEmpty(), "there are older entries than the newest");
    older.forEach(at -> assertTrue(Instant.parse(at).isBefore(newest), at + " is not older"));
  }

  @Test
  void anUnreadableLimit_is400ProblemNamingLimit() {
    for (String limit : new String[] {"0", "501", "ten", "-3"}) {
      given()
          .auth()
          .oauth2(auditor())
          .queryParam("limit", limit)
          .get(api("/audit-events"))
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:creative-cluster:problem:invalid-parameter"))
          .body("invalidParams[0].name", equalTo("limit"));
    }
  }

  @Test
  void anUnreadableBefore_is400ProblemNamingBefore() {
    given()
        .auth()
        .oauth2(auditor())
        .queryParam("before", "yesterday")
        .get(api("/audit-events"))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParams[0].name", equalTo("before"));
  }

  @Test
  void openApi_declaresThePartnerScheme_andTheScopesOfEachOperation() {
    JsonPath doc =
        given()
            .accept("application/json")
            .get(site() + "/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // Partners' tokens come from an OAuth2 client-credentials grant, the scheme that can list
    // scopes.
    assertEquals("oauth2", doc.getString("components.securitySchemes.partnerToken.type"));
    assertNotNull(
        doc.get(
            "components.securitySchemes.partnerToken.flows.clientCredentials.scopes.'audit:read'"),
        "the scheme declares the audit log's scope");
    String audit = "paths.'/api/v1/audit-events'.get";
    assertEquals(List.of("audit:read"), doc.getList(audit + ".security[0].partnerToken"));
    for (String status : new String[] {"401", "403", "429"}) {
      assertNotNull(
          doc.get(audit + ".responses.'" + status + "'.content.'application/problem+json'"),
          "the audit log documents " + status + " as a problem");
    }
    assertNotNull(doc.get("paths.'/api/v1/me'.get.security[0].partnerToken"));
    assertNull(doc.get("paths.'/api/v1/sectors'.get.security"), "sectors stay public");
    given()
        .accept("application/json")
        .get(site() + "/openapi")
        .then()
        .body("paths.'/api/v1/sectors'.get.responses.'429'", notNullValue())
        .body("paths.'/api/v1/sectors/{code}'.get.security", nullValue())
        .body("components.schemas.AuditEvent.properties.sourceAddress", notNullValue())
        .body("components.schemas.AuditEventList.properties.items.items.'$ref'", notNullValue())
        .body("components.schemas.Caller.properties.scopes", notNullValue());
  }

  /**
   * Signs in with addresses nobody has, from this loopback address (see ClientAddress), so the
   * failures are told apart from other tests' and count against no one else's limits.
   */
  private void failSignInsFrom(String address, int times) {
    ChromeDriver browser = HeadlessChromium.start("en");
    try {
      browser.get(site() + "/en/sign-in");
      FormReplay form = FormReplay.of(browser, "email", "sign-in");
      for (int i = 0; i < times; i++) {
        Response answer =
            form.post(
                ClientAddress.from(address),
                Map.of(
                    "email", TestAccounts.newAddress("nobody"),
                    "password", TestAccounts.newPassword()));
        assertTrue(answer.statusCode() < 500, "the form answered " + answer.statusCode());
        answer.then().body(not(containsString("Exception")));
      }
    } finally {
      browser.quit();
    }
  }

  private static int indexOfFailedSignInFrom(List<Map<String, Object>> events, String address) {
    for (int i = 0; i < events.size(); i++) {
      Map<String, Object> e = events.get(i);
      if ("sign-in.failed".equals(e.get("action")) && address.equals(e.get("sourceAddress"))) {
        return i;
      }
    }
    return -1;
  }

  private static void assertNewestFirst(List<Map<String, Object>> events) {
    for (int i = 1; i < events.size(); i++) {
      Instant previous = Instant.parse(String.valueOf(events.get(i - 1).get("at")));
      Instant current = Instant.parse(String.valueOf(events.get(i).get("at")));
      assertFalse(current.isAfter(previous), "entry " + i + " is newer than the one before it");
    }
  }
}
