package lu.creativecluster.it.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lu.creativecluster.it.support.MemberFixtureDeployment;
import lu.creativecluster.it.support.SitePages;
import lu.creativecluster.it.support.TestAccounts;
import lu.creativecluster.it.support.TestMembers;
import lu.creativecluster.it.support.TestTokens;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * Projects and the impact figures over HTTP, against the test PostgreSQL: staff record projects and
 * move them on with If-Match (412, 428, 409 when refused); volumes that are not exact, and an end
 * before the start, are 400s naming the field and store nothing; the public list hides confidential
 * projects. The dashboard's figures equal counts made by SQL on the same database; the non-public
 * ones reach staff and stats:read only; the CSV has a row per year. The visit counter counts a page
 * view without setting a cookie, and skips browsers that send DNT or Sec-GPC.
 */
class ProjectsAndImpactApiIT extends MemberFixtureDeployment {

  /** A period no other test asks for, so no figures counted earlier in the run are served. */
  private static final String PERIOD = "from=2016-01-01&to=2031-12-31";

  @ArquillianResource URL base;

  private String site() {
    return base.toString().replaceFirst("/$", "");
  }

  private String api(String path) {
    return site() + "/api/v1" + path;
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + System.getProperty("it.postgres.port") + "/postgres",
        "postgres",
        "postgres");
  }

  private static String sql(String query) throws SQLException {
    try (Connection c = database();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(query)) {
      r.next();
      return String.valueOf(r.getObject(1));
    }
  }

  private static long count(String query) throws SQLException {
    return Long.parseLong(sql(query));
  }

  private static RequestSpecification as(String session) {
    return given().cookie(SitePages.SESSION_COOKIE, session).contentType("application/json");
  }

  private static String project(
      String tag, String slug, String volume, String start, String end, String visibility) {
    return """
        {"title": {"de": "Projekt %1$s", "fr": "Projet %1$s", "en": "Project %1$s"},
         "description": {"de": "Text", "fr": "Texte", "en": "Text"},
         "kind": "cross-sector-innovation", "creatives": ["%2$s"],
         "partner": {"name": "Port %1$s", "industry": "Logistics", "sizeBand": "50-249"},
         "start": %4$s, "end": %5$s, "volume": %3$s,
         "clusterRole": "matched", "visibility": "%6$s"}
        """
        .formatted(tag, slug, volume, start, end, visibility);
  }

  private String moveTo(String session, String id, String etag, String status, int expected) {
    return as(session)
        .header("If-Match", etag)
        .body("{\"status\": \"" + status + "\"}")
        .post(api("/projects/" + id + "/status"))
        .then()
        .statusCode(expected)
        .extract()
        .header("ETag");
  }

  @Test
  void projectsThroughTheApi_andTheDashboardsFigures_equalCountsMadeBySql() throws Exception {
    String tag = "it" + UUID.randomUUID().toString().substring(0, 8);
    TestMembers.Made maker =
        TestMembers.create(site(), Map.of("name", "Maker " + tag, "sector", List.of("design")));
    String staff = TestMembers.session(site(), TestAccounts.staff(site()));

    // Refused bodies: each names its field, and nothing is stored.
    long before = count("SELECT COUNT(*) FROM project");
    for (String[] bad :
        new String[][] {
          {"12500.555", "\"2031-02-01\"", "null", "volume"},
          {"\"12500\"", "\"2031-02-01\"", "null", "volume"},
          {"-1", "\"2031-02-01\"", "null", "volume"},
          {"100", "\"2031-05-01\"", "\"2031-04-30\"", "end"}
        }) {
      as(staff)
          .body(project(tag, maker.slug(), bad[0], bad[1], bad[2], "public"))
          .post(api("/projects"))
          .then()
          .statusCode(400)
          .contentType(startsWith("application/problem+json"))
          .body("invalidParams[0].name", equalTo(bad[3]));
    }
    assertEquals(before, count("SELECT COUNT(*) FROM project"));
    given()
        .contentType("application/json")
        .body(project(tag, maker.slug(), "1", "\"2031-02-01\"", "null", "public"))
        .post(api("/projects"))
        .then()
        .statusCode(401);

    // Two projects started in 2031, one confidential; a third stays an idea.
    Response open =
        as(staff)
            .body(
                project(
                    tag + "a",
                    maker.slug(),
                    "12500.50",
                    "\"2031-02-01\"",
                    "\"2031-08-31\"",
                    "public"))
            .post(api("/projects"));
    open.then().statusCode(201).body("volume", equalTo(12500.5f)).body("status", equalTo("idea"));
    String openId = open.jsonPath().getString("id");
    Response secret =
        as(staff)
            .body(
                project(
                    tag + "b", maker.slug(), "40000.25", "\"2031-03-01\"", "null", "confidential"))
            .post(api("/projects"));
    String secretId = secret.jsonPath().getString("id");
    as(staff)
        .body(project(tag + "c", maker.slug(), "999", "\"2031-04-01\"", "null", "public"))
        .post(api("/projects"))
        .then()
        .statusCode(201);

    String etag = open.header("ETag");
    moveTo(staff, openId, "", "matching", 428);
    etag = moveTo(staff, openId, etag, "matching", 200);
    moveTo(staff, openId, open.header("ETag"), "running", 412);
    etag = moveTo(staff, openId, etag, "running", 200);
    moveTo(staff, openId, etag, "idea", 409);
    String secretTag = moveTo(staff, secretId, secret.header("ETag"), "matching", 200);
    moveTo(staff, secretId, secretTag, "running", 200);

    // The public list and page hide the confidential project.
    JsonPath listed =
        given()
            .get(api("/projects?year=2031&size=100"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> ids = listed.getList("items.id");
    assertTrue(ids.contains(openId));
    assertFalse(ids.contains(secretId));
    given().get(api("/projects/" + secretId)).then().statusCode(404);
    // The sector filter: projects with an active creative of that sector, still only public ones.
    List<String> ofDesign =
        given()
            .get(api("/projects?year=2031&sector=design&size=100"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id");
    assertTrue(ofDesign.contains(openId));
    assertFalse(ofDesign.contains(secretId));
    assertFalse(
        given()
            .get(api("/projects?year=2031&sector=music&size=100"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id")
            .contains(openId));
    // The list is kept in memory between requests: a staff change shows on the next read.
    etag = moveTo(staff, openId, etag, "completed", 200);
    given()
        .get(api("/projects?year=2031&size=100"))
        .then()
        .statusCode(200)
        .body("items.find { it.id == '" + openId + "' }.status", equalTo("completed"));
    given()
        .get(api("/projects?year=x"))
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("year"));

    // The dashboard against SQL on the same database.
    long visitsBefore =
        count("SELECT COUNT(*) FROM site_visit_day WHERE visit_day >= DATE '2016-01-01'");
    String started =
        " FROM project WHERE start_date >= DATE '2016-01-01' AND start_date <= DATE '2031-12-31'"
            + " AND status IN ('running', 'completed')";
    JsonPath visitor =
        given().get(api("/impact?" + PERIOD)).then().statusCode(200).extract().jsonPath();
    assertEquals(16, visitor.getList("years").size());
    assertFalse(visitor.getBoolean("full"));
    assertEquals(count("SELECT COUNT(*)" + started), visitor.getLong("total.projects.started"));
    assertEquals(
        new BigDecimal(
            sql("SELECT COALESCE(SUM(volume_eur), 0)" + started + " AND visibility = 'public'")),
        new BigDecimal(visitor.getString("total.projects.publicVolume")).setScale(2));
    assertNull(visitor.get("total.projects.totalVolume"));
    assertNull(visitor.get("total.projects.items"));
    assertEquals(
        count("SELECT COUNT(*) FROM member WHERE status = 'active'"),
        visitor.getLong("total.members.active"));
    assertEquals(
        count(
            "SELECT COUNT(*) FROM member_sector s JOIN member m ON m.id = s.member_id"
                + " WHERE m.status = 'active' AND s.sector_code = 'design'"),
        visitor.getLong("total.members.bySector.design"));
    assertEquals(
        count(
            "SELECT COUNT(*) FROM inquiry WHERE status <> 'rejected' AND received_at >= TIMESTAMP WITH TIME ZONE '2016-01-01 00:00:00+01'"),
        visitor.getLong("total.inquiries.received"));
    // The counter writes every few seconds: the figure lies between the counts before and after.
    long visitors = visitor.getLong("total.reach.visitors");
    assertTrue(visitsBefore <= visitors);
    assertTrue(
        visitors
            <= count("SELECT COUNT(*) FROM site_visit_day WHERE visit_day >= DATE '2016-01-01'"));
    assertEquals(2, visitor.getLong("years.find { it.from == '2031-01-01' }.projects.goal"));

    // Staff and stats:read see the confidential volume and the projects by name; other scopes not.
    String ministry = TestTokens.valid("ministry-" + tag, "stats:read");
    for (RequestSpecification full : List.of(as(staff), given().auth().oauth2(ministry))) {
      JsonPath all = full.get(api("/impact?" + PERIOD)).then().statusCode(200).extract().jsonPath();
      assertTrue(all.getBoolean("full"));
      assertEquals(
          new BigDecimal(sql("SELECT COALESCE(SUM(volume_eur), 0)" + started)),
          new BigDecimal(all.getString("total.projects.totalVolume")).setScale(2));
      assertTrue(all.getList("total.projects.items.title").contains("Project " + tag + "b"));
    }
    given()
        .auth()
        .oauth2(TestTokens.valid("other-" + tag, "cooperation:read"))
        .get(api("/impact?" + PERIOD))
        .then()
        .statusCode(200)
        .body("full", equalTo(false))
        .body("total.projects.totalVolume", nullValue());

    // CSV: a row per year and a total row; the public file has no total volume column.
    String csv =
        given()
            .accept("text/csv")
            .get(api("/impact?" + PERIOD))
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .extract()
            .asString();
    String[] lines = csv.split("\r\n");
    assertEquals(1 + 16 + 1, lines.length);
    assertFalse(lines[0].contains("total_volume_eur"));
    assertTrue(lines[lines.length - 1].startsWith("total,2016-01-01,2031-12-31,"));
    given().get(api("/impact?year=2031&from=2031-01-01")).then().statusCode(400);
    given()
        .get(api("/impact?from=2031-02-01&to=2031-01-01"))
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("to"));
  }

  @Test
  void aPublicPageView_isCountedWithoutACookie_andDntOrGpcIsNotCounted() throws Exception {
    String today = "visit_day = DATE '" + LocalDate.now(ZoneId.of("Europe/Luxembourg")) + "'";
    long rows = count("SELECT COUNT(*) FROM site_visit_day WHERE " + today);
    String agent = "ImpactIT/" + UUID.randomUUID();

    // Twenty browsers that opt out: each would be a visitor of its own if it were counted.
    for (int i = 0; i < 10; i++) {
      given()
          .header("User-Agent", agent + " dnt " + i)
          .header("DNT", "1")
          .get(site() + "/en/projects")
          .then()
          .statusCode(200);
      given()
          .header("User-Agent", agent + " gpc " + i)
          .header("Sec-GPC", "1")
          .get(site() + "/en/projects")
          .then()
          .statusCode(200);
    }
    Response page = given().header("User-Agent", agent).get(site() + "/en/impact");
    page.then().statusCode(200).body(containsString("id=\"projects-chart\""));
    assertEquals(null, page.header("Set-Cookie"), "the counter sets no cookie");
    assertTrue(page.getCookies().isEmpty());

    // The counter writes every few seconds, the opted-out views (had they been counted) in the
    // same write as the counted one or before it: wait for that write, no longer.
    long deadline = System.currentTimeMillis() + 20_000;
    long now = rows;
    while (now == rows && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
      now = count("SELECT COUNT(*) FROM site_visit_day WHERE " + today);
    }
    // At least the counted visitor; a few other visitors of the run may land in the same write,
    // never the twenty that opted out.
    long added = now - rows;
    assertTrue(added >= 1 && added < 5, () -> added + " new visitors");
  }
}
