package lu.creativecluster.it.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import lu.creativecluster.it.account.HttpVisitor;

/**
 * Test infrastructure: members made through the fixture servlet of {@link MemberFixtureDeployment}
 * (apply, then staff approve, through the use cases).
 */
public final class TestMembers {

  /** Where {@link #session} signs in from, so no other test's sign-in counters change. */
  private static final String SIGN_IN_ADDRESS = "127.0.0.94";

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
   * Signs the person in with the sign-in form and returns their session cookie, so API calls can be
   * made as them (the API accepts a signed-in person's session as well as partners' tokens). Over
   * plain HTTP, from an address of its own: the browser tests cover the form itself, and a browser
   * started for one cookie cost seconds each time.
   */
  public static String session(String site, Credentials who) {
    Response answer =
        new HttpVisitor(site, SIGN_IN_ADDRESS)
            .submit(
                "/en/sign-in",
                "sign-in-form",
                "sign-in",
                Map.of("email", who.email(), "password", who.password()));
    assertTrue(
        answer.statusCode() == 302 || answer.statusCode() == 303,
        "not signed in (" + answer.statusCode() + ")");
    String session = answer.getCookie(SitePages.SESSION_COOKIE);
    assertNotNull(session, "the sign-in starts a new session");
    return session;
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
