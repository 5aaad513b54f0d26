package lu.creativecluster.it.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/**
 * Test infrastructure: members made through the fixture servlet of {@link MemberFixtureDeployment}
 * (apply, then staff approve, through the use cases).
 */
public final class TestMembers {

  /** What the fixture made. */
  public record Made(String id, String slug) {}

  private TestMembers() {}

  /**
   * @param fields form fields; a list value repeats the field (sector, keyword, language, market)
   */
  public static Made create(String site, Map<String, Object> fields) {
    RequestSpecification request = given().contentType("application/x-www-form-urlencoded");
    fields.forEach(
        (name, value) -> {
          if (value instanceof List<?> values) {
            request.formParam(name, values.toArray());
          } else {
            request.formParam(name, value);
          }
        });
    String body =
        request
            .post(site + "/it-fixtures/members.json")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    JsonPath json = JsonPath.from(body);
    return new Made(json.getString("id"), json.getString("slug"));
  }

  /**
   * Signs the person in with the browser and returns their session cookie, so API calls can be made
   * as them (the API accepts a signed-in person's session as well as partners' tokens).
   */
  public static String session(String site, Credentials who) {
    org.openqa.selenium.chrome.ChromeDriver browser = HeadlessChromium.start("en");
    try {
      SitePages.signIn(browser, site, "en", who);
      SitePages.awaitSignedIn(browser);
      return SitePages.sessionCookie(browser).getValue();
    } finally {
      browser.quit();
    }
  }

  /** The account id of the person whose session this is, as GET /api/v1/me tells it. */
  public static String accountId(String site, String session) {
    JsonPath me =
        given()
            .cookie(SitePages.SESSION_COOKIE, session)
            .get(site + "/api/v1/me")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals("person", me.getString("kind"));
    return me.getString("id");
  }

  /** Staff merge {@code duplicate} into {@code survivor}. */
  public static void merge(String site, Made survivor, Made duplicate) {
    given()
        .contentType("application/x-www-form-urlencoded")
        .formParam("action", "merge")
        .formParam("survivor", survivor.id())
        .formParam("duplicate", duplicate.id())
        .post(site + "/it-fixtures/members.json")
        .then()
        .statusCode(200);
  }
}
