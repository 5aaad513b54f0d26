package lu.creativecluster.it.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URL;
import java.util.List;
import java.util.Random;
import lu.creativecluster.it.support.PlatformDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sectors API as a partner system calls it, on WildFly against PostgreSQL. */
class SectorApiIT extends PlatformDeployment {

  private static final List<String> CODES =
      List.of(
          "architecture",
          "crafts-manufacturing",
          "visual-arts",
          "film-audiovisual",
          "design",
          "fashion-design",
          "gaming",
          "marketing-communication",
          "literature",
          "digital-media-publishing",
          "performing-arts",
          "music");

  @ArquillianResource URL base;

  private String api(String path) {
    return base.toString().replaceFirst("/$", "") + "/api/v1" + path;
  }

  @ParameterizedTest
  @CsvSource({"de,Musik", "fr,Musique", "en,Music"})
  void listSectors_givesThe12SectorsInOrder_inTheRequestedLanguage(String lang, String music) {
    given()
        .queryParam("lang", lang)
        .when()
        .get(api("/sectors"))
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .header("Content-Language", lang)
        .header("Vary", "Accept-Language")
        .body("code", contains(CODES.toArray()))
        .body("position", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
        .body("lang", everyItem(equalTo(lang)))
        .body("find { it.code == 'music' }.name", equalTo(music))
        .body("description", everyItem(notNullValue()))
        .body("find { it.code == 'architecture' }.naceClasses", hasItem("71.11"));
  }

  @Test
  void textsDifferBetweenLanguages() {
    String de = given().get(api("/sectors/crafts-manufacturing?lang=de")).path("description");
    String fr = given().get(api("/sectors/crafts-manufacturing?lang=fr")).path("description");
    String en = given().get(api("/sectors/crafts-manufacturing?lang=en")).path("description");
    assertNotEquals(de, fr);
    assertNotEquals(fr, en);
    assertNotEquals(de, en);
  }

  @Test
  void acceptLanguage_choosesTheLanguage_whenNoLangParameter() {
    given()
        .header("Accept-Language", "lb-LU, fr;q=0.9, de;q=0.8")
        .when()
        .get(api("/sectors/music"))
        .then()
        .statusCode(200)
        .header("Content-Language", "fr")
        .body("name", equalTo("Musique"))
        .body("lang", equalTo("fr"));
  }

  @Test
  void withoutAnyPreference_theAnswerIsEnglish() {
    given()
        .when()
        .get(api("/sectors/design"))
        .then()
        .statusCode(200)
        .body("lang", equalTo("en"))
        .body("code", equalTo("design"))
        .body("naceClasses", hasItem("74.10"));
  }

  @Test
  void langParameter_winsOverAcceptLanguage() {
    given()
        .header("Accept-Language", "fr")
        .queryParam("lang", "de")
        .when()
        .get(api("/sectors/music"))
        .then()
        .statusCode(200)
        .body("name", equalTo("Musik"));
  }

  @Test
  void unknownSector_is404ProblemNamingTheCode() {
    given()
        .queryParam("lang", "de")
        .when()
        .get(api("/sectors/alchemy"))
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404))
        .body("type", equalTo("urn:creative-cluster:problem:unknown-sector"))
        .body("title", equalTo("Unknown sector"))
        .body("detail", matchesPattern(".*'alchemy'.*"))
        .body("instance", equalTo("/api/v1/sectors/alchemy"))
        .body("invalidParams[0].name", equalTo("code"));
  }

  @Test
  void malformedSectorCode_isAlso404Problem() {
    given()
        .urlEncodingEnabled(true)
        .when()
        .get(api("/sectors/Bad_Code<b>"))
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:creative-cluster:problem:unknown-sector"))
        .body("detail", containsString("Bad_Code<b>"));
  }

  @Test
  void unsupportedLanguage_is400ProblemNamingLang() {
    given()
        .queryParam("lang", "xx")
        .when()
        .get(api("/sectors"))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("type", equalTo("urn:creative-cluster:problem:invalid-parameter"))
        .body("invalidParams[0].name", equalTo("lang"))
        .body("invalidParams[0].reason", equalTo("must be one of: de, fr, en"));
  }

  @Test
  void unknownApiPath_andWrongMethod_areProblemsToo() {
    given()
        .when()
        .get(api("/no-such-thing"))
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
    given()
        .contentType(ContentType.JSON)
        .body("{}")
        .when()
        .post(api("/sectors"))
        .then()
        .statusCode(405)
        .contentType("application/problem+json")
        .header("Allow", notNullValue())
        .body("status", equalTo(405));
  }

  @Test
  void anUnknownApiPath_answersTheSameProblem_everyTime_andAResourcesOwn404StaysItsOwn() {
    for (int ask = 0; ask < 3; ask++) {
      given()
          .when()
          .get(api("/no-such-thing-either?page=" + ask % 2))
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .header("X-Content-Type-Options", "nosniff")
          .body("instance", equalTo("/api/v1/no-such-thing-either"))
          .body("status", equalTo(404));
    }
    // A resource's own 404 is not an unmatched path's: it follows from data, and is asked anew.
    given()
        .get(api("/inquiry-replies/q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c"))
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:creative-cluster:problem:unknown-inquiry"));
  }

  /**
   * The second anonymous call of a public answer is replayed from memory before JAX-RS runs: it
   * must be the first one again, status, headers (but the date) and bytes, and the same for a
   * request that differs only in a header the answer is negotiated on.
   */
  @Test
  void aReplayedAnswer_isTheFirstAnswerAgain_headersAndBytes() {
    // A language preference no other test sends, so that the first call is answered by the
    // resource.
    String acceptLanguage = "fr, de;q=0." + (100 + new Random().nextInt(900));
    for (String path :
        List.of("/sectors/design", "/sectors?lang=xx", "/no-such-" + acceptLanguage.hashCode())) {
      Response first = given().header("Accept-Language", acceptLanguage).get(api(path));
      Response again = given().header("Accept-Language", acceptLanguage).get(api(path));
      assertEquals(first.statusCode(), again.statusCode(), path);
      assertEquals(withoutDate(first), withoutDate(again), path);
      assertArrayEquals(first.asByteArray(), again.asByteArray(), path);
    }
    Response french = given().header("Accept-Language", acceptLanguage).get(api("/sectors/design"));
    Response english = given().header("Accept-Language", "en").get(api("/sectors/design"));
    assertEquals("fr", french.header("Content-Language"));
    assertEquals("en", english.header("Content-Language"));
  }

  private static List<String> withoutDate(Response answer) {
    return answer.headers().asList().stream()
        .filter(header -> !header.getName().equalsIgnoreCase("Date"))
        .map(header -> header.getName() + ": " + header.getValue())
        .toList();
  }

  @Test
  void errorBodies_revealNoStackTrace() {
    String body = given().get(api("/sectors?lang=%00")).then().extract().asString();
    assertEquals(-1, body.indexOf("Exception"), body);
    given()
        .get(api("/sectors?lang=%00"))
        .then()
        .statusCode(400)
        .body("detail", not(startsWith("java")));
  }

  @Test
  void sectorsAreCacheable() {
    given()
        .get(api("/sectors"))
        .then()
        .statusCode(200)
        .header("Cache-Control", matchesPattern(".*max-age=\\d+.*"))
        .body("$", hasSize(12));
  }
}
