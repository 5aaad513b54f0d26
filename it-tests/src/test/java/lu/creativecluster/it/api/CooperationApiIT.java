package lu.creativecluster.it.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lu.creativecluster.it.support.CooperationFixtureDeployment;
import lu.creativecluster.it.support.SitePages;
import lu.creativecluster.it.support.TestAccounts;
import lu.creativecluster.it.support.TestMembers;
import lu.creativecluster.it.support.TestTokens;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * The cooperation API on partners, members and missions made through the use cases: the partner
 * network, the mission list with its filters and 400s naming the parameter, one mission with its
 * listed participants, its calendar entry, drafts hidden from visitors, and the export overview:
 * counts for anyone, the names behind a market for staff and scope cooperation:read only.
 */
class CooperationApiIT extends CooperationFixtureDeployment {

  private static Fixture fixture;

  @ArquillianResource URL base;

  private record Fixture(
      String tag,
      String partner,
      TestMembers.Made listed,
      String openMission,
      String plannedMission,
      String staff) {}

  private String site() {
    return base.toString().replaceFirst("/$", "");
  }

  private String api(String path) {
    return site() + "/api/v1" + path;
  }

  private synchronized Fixture fixture() {
    if (fixture != null) {
      return fixture;
    }
    String site = site();
    String tag = "it" + UUID.randomUUID().toString().substring(0, 8);
    String partner = post(Map.of("action", "partner", "name", "Partner " + tag, "country", "DK"));
    TestMembers.Made listed =
        TestMembers.create(
            site,
            Map.of(
                "name",
                "Fjord Studio " + tag,
                "sector",
                List.of("design"),
                "market",
                List.of("IS"),
                "wants",
                List.of("IS"),
                "keyword",
                List.of(tag)));
    String open =
        post(
            Map.of(
                "title",
                "Design week " + tag,
                "country",
                "IS",
                "city",
                "Reykjavík",
                "startInDays",
                "40",
                "capacity",
                "4",
                "sector",
                "design",
                "selected",
                listed.id()));
    String planned =
        post(Map.of("title", "Draft trip " + tag, "country", "IS", "status", "planned"));
    String staff = TestMembers.session(site, TestAccounts.staff(site));
    fixture = new Fixture(tag, partner, listed, open, planned, staff);
    return fixture;
  }

  private String post(Map<String, String> fields) {
    String body =
        given()
            .contentType("application/x-www-form-urlencoded")
            .formParams(fields)
            .post(site() + "/it-fixtures/missions.json")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return JsonPath.from(body).getString("id");
  }

  @Test
  void partnersAreListedInTheEnvelope_filteredByCountry() {
    Fixture f = fixture();
    JsonPath answer =
        given()
            .queryParam("country", "dk")
            .get(api("/partners"))
            .then()
            .statusCode(200)
            .contentType("application/json")
            .body("items.name", hasItem("Partner " + f.tag()))
            .body("page.number", equalTo(0))
            .extract()
            .jsonPath();
    assertTrue(answer.getList("items.country", String.class).stream().allMatch("DK"::equals));
    assertEquals(
        answer.getList("items").size(), answer.getInt("page.totalItems"), "one page: all of them");
  }

  @Test
  void anUnknownCountryIsA400NamingTheParameter() {
    given()
        .queryParam("country", "XX")
        .get(api("/partners"))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParams[0].name", equalTo("country"));
  }

  @Test
  void missionsFilteredByCountrySectorAndDates_leaveDraftsToStaff() {
    Fixture f = fixture();
    String from = java.time.LocalDate.now().plusDays(35).toString();
    String to = java.time.LocalDate.now().plusDays(45).toString();
    JsonPath answer =
        given()
            .queryParam("country", "IS")
            .queryParam("sector", "design")
            .queryParam("from", from)
            .queryParam("to", to)
            .queryParam("status", "open")
            .get(api("/missions"))
            .then()
            .statusCode(200)
            .contentType("application/json")
            .header("Link", containsString("rel=\"first\""))
            .body("items.id", hasItem(f.openMission()))
            .body("items.id", not(hasItem(f.plannedMission())))
            .body("page.size", equalTo(20))
            .extract()
            .jsonPath();
    Map<String, Object> mission =
        answer.getList("items", Map.class).stream()
            .filter(m -> f.openMission().equals(m.get("id")))
            .findFirst()
            .orElseThrow();
    assertEquals("Design week " + f.tag(), mission.get("title"));
    assertEquals("open", mission.get("status"));
    assertEquals("Reykjavík", mission.get("city"));
    assertEquals(3, mission.get("placesLeft"), "capacity 4, one selected");

    // Another sector, or a range before it starts, leaves it out.
    given()
        .queryParam("country", "IS")
        .queryParam("sector", "music")
        .get(api("/missions"))
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(f.openMission())));
    given()
        .queryParam("to", java.time.LocalDate.now().plusDays(10).toString())
        .get(api("/missions"))
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(f.openMission())));

    // Staff see the draft, and that answer is never stored by a cache.
    given()
        .cookie(SitePages.SESSION_COOKIE, f.staff())
        .queryParam("country", "IS")
        .get(api("/missions"))
        .then()
        .statusCode(200)
        .body("items.id", hasItem(f.plannedMission()))
        .header("Cache-Control", containsString("no-store"));
  }

  @Test
  void badListParametersAre400sNamingTheParameter() {
    for (String[] bad :
        new String[][] {
          {"status", "travelling"},
          {"country", "XX"},
          {"sector", "no-such-sector"},
          {"from", "2027-02-30"},
          {"size", "1000"},
          {"page", "-1"},
          {"lang", "xx"},
          {"order", "random"}
        }) {
      given()
          .queryParam(bad[0], bad[1])
          .get(api("/missions"))
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("invalidParams[0].name", equalTo(bad[0]))
          .body("invalidParams[0].reason", notNullValue());
    }
    given()
        .queryParam("from", "2027-03-01")
        .queryParam("to", "2027-02-01")
        .get(api("/missions"))
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("to"));
  }

  @Test
  void oneMissionShowsItsListedParticipants_andADraftIsUnknownToVisitors() {
    Fixture f = fixture();
    given()
        .queryParam("lang", "de")
        .get(api("/missions/" + f.openMission()))
        .then()
        .statusCode(200)
        .header("Content-Language", "de")
        .body("mission.title", equalTo("Design week " + f.tag()))
        .body("description", equalTo("A mission made by the IT fixtures."))
        .body("participants.slug", hasItem(f.listed().slug()))
        .body("participants.name", hasItem("Fjord Studio " + f.tag()));
    for (String unseen : List.of(f.plannedMission(), UUID.randomUUID().toString(), "not-an-id")) {
      given()
          .get(api("/missions/" + unseen))
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:creative-cluster:problem:unknown-mission"));
    }
    given()
        .cookie(SitePages.SESSION_COOKIE, f.staff())
        .get(api("/missions/" + f.plannedMission()))
        .then()
        .statusCode(200)
        .body("mission.status", equalTo("planned"));
  }

  @Test
  void aMissionIsOneAllDayCalendarEvent() {
    Fixture f = fixture();
    String ics =
        given()
            .get(api("/missions/" + f.openMission() + "/calendar.ics"))
            .then()
            .statusCode(200)
            .contentType(startsWith("text/calendar"))
            .extract()
            .asString();
    assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
    assertTrue(ics.contains("\r\nBEGIN:VEVENT\r\n"), ics);
    assertTrue(ics.replace("\r\n ", "").contains("SUMMARY:Design week " + f.tag()), ics);
    assertTrue(ics.contains("DTSTART;VALUE=DATE:"), ics);
    assertTrue(ics.endsWith("END:VCALENDAR\r\n"), ics);
    given().get(api("/missions/" + f.plannedMission() + "/calendar.ics")).then().statusCode(404);
  }

  @Test
  void theExportOverviewCountsForAnyone_theNamesNeedStaffOrCooperationRead() {
    Fixture f = fixture();
    JsonPath overview =
        given()
            .get(api("/export-overview"))
            .then()
            .statusCode(200)
            .body("activeMembers", greaterThanOrEqualTo(1))
            .body("exportingShare", notNullValue())
            .extract()
            .jsonPath();
    Map<String, Object> iceland =
        overview.getList("markets", Map.class).stream()
            .filter(m -> "IS".equals(m.get("market")))
            .findFirst()
            .orElseThrow();
    assertTrue(((Number) iceland.get("wanting")).intValue() >= 1, iceland.toString());
    assertTrue(((Number) iceland.get("serving")).intValue() >= 1, iceland.toString());
    assertTrue(!overview.prettify().contains(f.tag()), "counts only: no member names");

    String market = api("/export-overview/markets/IS");
    given().get(market).then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
    given()
        .auth()
        .oauth2(TestTokens.valid("partner-it", "members:read"))
        .get(market)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.valid("partner-it", "cooperation:read"))
        .get(market)
        .then()
        .statusCode(200)
        .header("Cache-Control", containsString("no-store"))
        .body("wanting.slug", hasItem(f.listed().slug()))
        .body("serving.name", hasItem("Fjord Studio " + f.tag()));
    given()
        .cookie(SitePages.SESSION_COOKIE, f.staff())
        .get(market)
        .then()
        .statusCode(200)
        .body("wanting.slug", hasItem(f.listed().slug()));
    given()
        .auth()
        .oauth2(TestTokens.valid("partner-it", "cooperation:read"))
        .get(api("/export-overview/markets/XX"))
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("market"));
  }

  // ---------------------------------------------------------------- staff side and partner offers

  private io.restassured.specification.RequestSpecification staff() {
    return given()
        .cookie(SitePages.SESSION_COOKIE, fixture().staff())
        .contentType("application/json");
  }

  private static String partnerBody(String name, String country, String sector) {
    return "{\"name\":\""
        + name
        + "\",\"kind\":\"network\",\"country\":\""
        + country
        + "\",\"region\":\"Hovedstaden\",\"website\":\"https://example.dk\","
        + "\"sectors\":[\""
        + sector
        + "\"],\"languages\":[\"da\",\"en\"],"
        + "\"contact\":{\"name\":\"Mette Holm\",\"email\":\"mette@example.dk\"}}";
  }

  @Test
  void staffKeepThePartnerNetwork_eachChangeOnTheVersionRead_andBadInputStoresNothing() {
    Fixture f = fixture();
    String name = "Nordic Design Net " + f.tag();
    given()
        .contentType("application/json")
        .body(partnerBody(name, "DK", "design"))
        .post(api("/staff/partners"))
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.valid("partner-it", "cooperation:write"))
        .contentType("application/json")
        .body(partnerBody(name, "DK", "design"))
        .post(api("/staff/partners"))
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    staff()
        .body(partnerBody(name, "XX", "astrology"))
        .post(api("/staff/partners"))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParams.name", hasItem("country"))
        .body("invalidParams.name", hasItem("sectors"));
    staff().get(api("/staff/partners")).then().body("items.name", not(hasItem(name)));

    var created =
        staff()
            .body(partnerBody(name, "DK", "design"))
            .post(api("/staff/partners"))
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/staff/partners/"))
            .header("Cache-Control", containsString("no-store"))
            .body("contact.email", equalTo("mette@example.dk"))
            .body("archived", equalTo(false))
            .extract();
    String id = created.path("id");
    String first = created.header("ETag");
    String partner = api("/staff/partners/" + id);

    staff().body(partnerBody(name + " A/S", "DK", "design")).put(partner).then().statusCode(428);
    String second =
        staff()
            .header("If-Match", first)
            .body(partnerBody(name + " A/S", "DK", "design"))
            .put(partner)
            .then()
            .statusCode(200)
            .body("name", equalTo(name + " A/S"))
            .extract()
            .header("ETag");
    assertTrue(!second.equals(first), "a new version, a new tag");
    staff()
        .header("If-Match", first)
        .body(partnerBody(name + " Old", "DK", "design"))
        .put(partner)
        .then()
        .statusCode(412)
        .body("type", equalTo("urn:creative-cluster:problem:stale-version"));

    String cooperation =
        "{\"kind\":\"joint-project\",\"start\":\"2025-03-01\",\"status\":\"active\","
            + "\"description\":\"Shared stand\",\"activities\":[\"Fair in Aarhus\"]}";
    staff()
        .header("If-Match", second)
        .body(cooperation.replace("\"status\"", "\"end\":\"2025-01-01\",\"status\""))
        .post(partner + "/cooperations")
        .then()
        .statusCode(400)
        .body("invalidParams.name", hasItem("end"));
    var withCooperation =
        staff()
            .header("If-Match", second)
            .body(cooperation)
            .post(partner + "/cooperations")
            .then()
            .statusCode(201)
            .body("cooperations.kind", hasItem("joint-project"))
            .extract();
    String cooperationId = withCooperation.path("cooperations[0].id");
    String third =
        staff()
            .header("If-Match", withCooperation.header("ETag"))
            .body(
                cooperation
                    .replace("active", "ended")
                    .replace("\"status\"", "\"end\":\"2026-02-28\",\"status\""))
            .put(partner + "/cooperations/" + cooperationId)
            .then()
            .statusCode(200)
            .body("cooperations[0].status", equalTo("ended"))
            .body("cooperations[0].end", equalTo("2026-02-28"))
            .extract()
            .header("ETag");

    given().get(api("/partners?country=DK")).then().body("items.name", hasItem(name + " A/S"));
    staff()
        .header("If-Match", third)
        .post(partner + "/archive")
        .then()
        .statusCode(200)
        .body("archived", equalTo(true));
    given()
        .get(api("/partners?country=DK"))
        .then()
        .statusCode(200)
        .body("items.name", not(hasItem(name + " A/S")));
    staff()
        .get(api("/staff/partners"))
        .then()
        .statusCode(200)
        .body("items.find { it.id == '" + id + "' }.archived", equalTo(true));
    staff().get(api("/staff/partners/" + UUID.randomUUID())).then().statusCode(404);
  }

  private static String missionBody(String title, String country, String start, String end) {
    return "{\"texts\":{\"en\":{\"title\":\""
        + title
        + "\",\"description\":\"Three days of buyers.\"},\"fr\":{\"title\":\""
        + title
        + " (fr)\"}},\"kind\":\"trade-fair\",\"country\":\""
        + country
        + "\",\"city\":\"Oslo\",\"start\":\""
        + start
        + "\",\"end\":\""
        + end
        + "\",\"applicationDeadline\":\"2030-05-01\","
        + "\"organiser\":{\"kind\":\"ministry\",\"name\":\"Ministry of the Economy\"},"
        + "\"targetSectors\":[\"design\"],\"capacity\":3}";
  }

  @Test
  void staffPlanAndReviseMissions_onTheVersionRead_wrongDatesAndCountriesStoreNothing() {
    Fixture f = fixture();
    String title = "Oslo design fair " + f.tag();
    given()
        .auth()
        .oauth2(TestTokens.valid("partner-it", "cooperation:write"))
        .contentType("application/json")
        .body(missionBody(title, "NO", "2030-06-01", "2030-06-03"))
        .post(api("/staff/missions"))
        .then()
        .statusCode(403);
    staff()
        .body(missionBody(title, "XX", "2030-06-01", "2030-05-30"))
        .post(api("/staff/missions"))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParams.name", hasItem("country"))
        .body("invalidParams.name", hasItem("end"));
    staff()
        .body(missionBody(title, "NO", "2030-04-01", "2030-04-03"))
        .post(api("/staff/missions"))
        .then()
        .statusCode(400)
        .body("invalidParams.name", hasItem("applicationDeadline"));
    staff()
        .queryParam("status", "planned")
        .queryParam("country", "NO")
        .get(api("/missions"))
        .then()
        .statusCode(200)
        .body("items.title", not(hasItem(title)));

    var created =
        staff()
            .body(missionBody(title, "NO", "2030-06-01", "2030-06-03"))
            .post(api("/staff/missions"))
            .then()
            .statusCode(201)
            .body("status", equalTo("planned"))
            .body("texts.fr.title", equalTo(title + " (fr)"))
            .body("organiser.kind", equalTo("ministry"))
            .extract();
    String mission = api("/staff/missions/" + created.path("id"));
    String first = created.header("ETag");
    staff().get(mission).then().statusCode(200).header("ETag", equalTo(first));

    String revised =
        staff()
            .header("If-Match", first)
            .body(
                missionBody(title, "NO", "2030-06-02", "2030-06-04")
                    .replace("\"capacity\":3", "\"capacity\":8"))
            .put(mission)
            .then()
            .statusCode(200)
            .body("capacity", equalTo(8))
            .body("start", equalTo("2030-06-02"))
            .extract()
            .header("ETag");
    assertTrue(!revised.equals(first));
    staff()
        .header("If-Match", first)
        .body(missionBody(title, "NO", "2030-06-01", "2030-06-03"))
        .put(mission)
        .then()
        .statusCode(412);
    staff()
        .body(missionBody(title, "NO", "2030-06-01", "2030-06-03"))
        .put(mission)
        .then()
        .statusCode(428);
    given()
        .contentType("application/json")
        .body(missionBody(title, "NO", "2030-06-01", "2030-06-03"))
        .header("If-Match", revised)
        .put(mission)
        .then()
        .statusCode(401);
  }

  @Test
  void afterACompletedMission_staffRecordEachParticipantsOutcome_onlyThen() {
    Fixture f = fixture();
    String completed =
        post(
            Map.of(
                "title",
                "Past fair " + f.tag(),
                "country",
                "IS",
                "startInDays",
                "-20",
                "selected",
                f.listed().id(),
                "status",
                "completed"));
    String outcome =
        api("/staff/missions/" + completed + "/applications/" + f.listed().id() + "/outcome");
    String body = "{\"contactsMade\":7,\"leads\":2,\"followUp\":\"Samples sent to two buyers\"}";

    given().contentType("application/json").body(body).put(outcome).then().statusCode(401);
    staff()
        .body("{\"contactsMade\":-1,\"leads\":\"two\"}")
        .put(outcome)
        .then()
        .statusCode(400)
        .body("invalidParams.name", hasItem("contactsMade"))
        .body("invalidParams.name", hasItem("leads"));
    staff()
        .body(body)
        .put(outcome)
        .then()
        .statusCode(200)
        .body("status", equalTo("completed"))
        .body("applications[0].outcome.contactsMade", equalTo(7))
        .body("applications[0].outcome.followUp", equalTo("Samples sent to two buyers"));
    staff()
        .body(body)
        .put(
            api("/staff/missions/" + completed + "/applications/" + UUID.randomUUID() + "/outcome"))
        .then()
        .statusCode(404);
    staff()
        .body(body)
        .put(
            api(
                "/staff/missions/"
                    + f.openMission()
                    + "/applications/"
                    + f.listed().id()
                    + "/outcome"))
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    String etag = staff().get(api("/staff/missions/" + completed)).then().extract().header("ETag");
    staff()
        .header("If-Match", etag)
        .body(missionBody("Past fair " + f.tag(), "IS", "2030-06-01", "2030-06-03"))
        .put(api("/staff/missions/" + completed))
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:creative-cluster:problem:mission-rule"));
  }

  @Test
  void aPartnerWithCooperationWrite_offersAnOpportunity_thatStaffSeeAsAnOfferWithMatchingMembers() {
    Fixture f = fixture();
    String offer =
        "{\"sector\":\"design\",\"message\":\"Copenhagen buyers look for "
            + f.tag()
            + " studios for a pop-up store.\",\"contactName\":\"Mette Holm\","
            + "\"email\":\"mette@example.dk\",\"organisation\":\"Nordic Design Net\","
            + "\"language\":\"en\",\"consent\":true}";
    String offers = api("/cooperation-offers");

    given().contentType("application/json").body(offer).post(offers).then().statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.valid("partner-it", "cooperation:read"))
        .contentType("application/json")
        .body(offer)
        .post(offers)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("insufficient_scope"))
        .header("WWW-Authenticate", containsString("cooperation:write"));
    given()
        .cookie(SitePages.SESSION_COOKIE, f.staff())
        .contentType("application/json")
        .body(offer)
        .post(offers)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.valid("partner-it", "cooperation:write"))
        .contentType("application/json")
        .body("{\"sector\":\"astrology\",\"email\":\"x\",\"language\":\"it\"}")
        .post(offers)
        .then()
        .statusCode(400)
        .body("invalidParams.name", hasItem("sector"))
        .body("invalidParams.name", hasItem("email"))
        .body("invalidParams.name", hasItem("language"))
        .body("invalidParams.name", hasItem("consent"));
    given()
        .auth()
        .oauth2(TestTokens.valid("partner-it", "cooperation:write"))
        .contentType("application/json")
        .body(offer)
        .post(offers)
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/inquiries/"))
        .body("trackingToken", notNullValue());

    JsonPath inbox =
        staff()
            .queryParam("q", f.tag())
            .get(api("/staff/inquiries"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(1, inbox.getList("items").size(), inbox.prettify());
    assertEquals("offer", inbox.getString("items[0].kind"));
    assertEquals("partners", inbox.getString("items[0].topic"));
    staff()
        .get(api("/staff/inquiries/" + inbox.getString("items[0].id") + "/suggestion"))
        .then()
        .statusCode(200)
        .body("members", hasItem(f.listed().slug()));
  }
}
