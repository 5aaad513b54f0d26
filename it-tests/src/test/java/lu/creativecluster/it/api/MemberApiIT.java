package lu.creativecluster.it.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lu.creativecluster.it.support.Credentials;
import lu.creativecluster.it.support.MemberFixtureDeployment;
import lu.creativecluster.it.support.SitePages;
import lu.creativecluster.it.support.TestAccounts;
import lu.creativecluster.it.support.TestMembers;
import lu.creativecluster.it.support.TestTokens;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * The member directory through the API, on members made through the platform's use cases: faceted
 * search in the list envelope with Link headers, 400s naming the parameter, profiles with ETag and
 * 304, edits guarded by If-Match (428, 412), and object-level access: a member reads and changes
 * only its own private data, staff any, partner tokens (with or without members:read) the public
 * view only. Every member here carries this run's keyword, so other tests' members never count.
 */
class MemberApiIT extends MemberFixtureDeployment {

  private static Fixture fixture;

  @ArquillianResource URL base;

  /** The members and people of this class, made once. */
  private record Fixture(
      String tag,
      TestMembers.Made lumiere,
      TestMembers.Made nordlicht,
      TestMembers.Made klangwerk,
      TestMembers.Made papier,
      TestMembers.Made waiting,
      String ownerOfLumiere,
      String ownerOfNordlicht,
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
    String tag = "it-" + UUID.randomUUID().toString().substring(0, 8);
    Credentials a = TestAccounts.invite(site, "member");
    Credentials b = TestAccounts.invite(site, "member");
    String sessionA = TestMembers.session(site, a);
    String sessionB = TestMembers.session(site, b);
    String staff = TestMembers.session(site, TestAccounts.staff(site));
    TestMembers.Made lumiere =
        member(
            tag,
            "Lumière Studio",
            Map.of(
                "kind",
                "company",
                "sector",
                List.of("design"),
                "country",
                "LU",
                "commune",
                "Esch-sur-Alzette",
                "language",
                List.of("fr", "de"),
                "market",
                List.of("BE"),
                "pitch",
                "Light design studio",
                "owner",
                TestMembers.accountId(site, sessionA)));
    TestMembers.Made nordlicht =
        member(
            tag,
            "Nordlicht Studio",
            Map.ofEntries(
                Map.entry("kind", "freelancer"),
                Map.entry("sector", List.of("design", "film-audiovisual")),
                Map.entry("country", "LU"),
                Map.entry("language", List.of("en", "fr")),
                Map.entry("market", List.of("DE")),
                Map.entry("pitch", "Film and design studio"),
                Map.entry("email", TestAccounts.newAddress("nordlicht")),
                Map.entry("legalName", "Nordlicht Studio S.à r.l."),
                Map.entry("registrationNumber", "LU12345678"),
                Map.entry("notes", "Staff only: pays late"),
                Map.entry("owner", TestMembers.accountId(site, sessionB))));
    TestMembers.Made klangwerk =
        member(
            tag,
            "Klangwerk Studio",
            Map.of(
                "kind",
                "company",
                "sector",
                List.of("music"),
                "country",
                "DE",
                "language",
                List.of("de"),
                "pitch",
                "Music studio"));
    TestMembers.Made papier =
        member(
            tag,
            "Atelier Papier",
            Map.of("kind", "association", "sector", List.of("design"), "pitch", "Paper craft"));
    TestMembers.Made waiting =
        member(tag, "Hidden Studio", Map.of("sector", List.of("design"), "status", "applied"));
    fixture =
        new Fixture(tag, lumiere, nordlicht, klangwerk, papier, waiting, sessionA, sessionB, staff);
    return fixture;
  }

  private TestMembers.Made member(String tag, String name, Map<String, Object> fields) {
    Map<String, Object> all = new HashMap<>(fields);
    all.put("name", name + " " + tag);
    all.put("keyword", List.of(tag));
    return TestMembers.create(site(), all);
  }

  private static RequestSpecification as(String session) {
    return given().cookie(SitePages.SESSION_COOKIE, session);
  }

  // ---- Search ----

  @Test
  void searchWithQAndTwoFacets_findsTheMatches_andCountsEachFacetWithTheOtherFilters() {
    Fixture f = fixture();
    JsonPath answer =
        given()
            .queryParam("q", "studio")
            .queryParam("keyword", f.tag())
            .queryParam("sector", "design")
            .queryParam("country", "LU")
            .get(api("/members"))
            .then()
            .statusCode(200)
            .contentType("application/json")
            .body("items.slug", containsInAnyOrder(f.lumiere().slug(), f.nordlicht().slug()))
            .body("page.number", equalTo(0))
            .body("page.size", equalTo(20))
            .body("page.totalItems", equalTo(2))
            .body("page.totalPages", equalTo(1))
            .extract()
            .jsonPath();

    // Sector is counted without the sector filter: both studios in LU are design, one also film.
    assertEquals(Map.of("design", 2, "film-audiovisual", 1), counts(answer, "sector"));
    // Country without the country filter: the music studio in DE is not design, so only LU.
    assertEquals(Map.of("LU", 2), counts(answer, "country"));
    assertEquals(Map.of("company", 1, "freelancer", 1), counts(answer, "kind"));
    assertEquals(Map.of("fr", 2, "de", 1, "en", 1), counts(answer, "language"));
    assertEquals(Map.of("BE", 1, "DE", 1), counts(answer, "market"));
    assertEquals(
        List.of("sector", "country", "market", "language", "kind"),
        List.copyOf(answer.getMap("facets").keySet()));
  }

  @Test
  void search_isAccentInsensitive_andShowsOnlyActiveMembers() {
    Fixture f = fixture();
    given()
        .queryParam("q", "lumiere")
        .queryParam("keyword", f.tag())
        .get(api("/members"))
        .then()
        .statusCode(200)
        .body("items.slug", equalTo(List.of(f.lumiere().slug())))
        .body("items[0].displayName", equalTo("Lumière Studio " + f.tag()))
        .body("items[0].sectors", equalTo(List.of("design")))
        .body("items[0].pitch.en", equalTo("Light design studio"))
        .body("items[0].status", equalTo("active"));
    given()
        .queryParam("q", "hidden")
        .queryParam("keyword", f.tag())
        .get(api("/members"))
        .then()
        .statusCode(200)
        .body("page.totalItems", equalTo(0));
  }

  @Test
  void paging_carriesLinkHeaders_thatKeepTheQuery_andLeadThroughEveryPage() {
    Fixture f = fixture();
    Response second =
        given()
            .queryParam("keyword", f.tag())
            .queryParam("sort", "name")
            .queryParam("size", 1)
            .queryParam("page", 1)
            .get(api("/members"));
    second
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1))
        .body("page.number", equalTo(1))
        .body("page.totalItems", equalTo(4))
        .body("page.totalPages", equalTo(4));
    Map<String, String> links = links(second.header("Link"));
    assertEquals(List.of("first", "prev", "next", "last"), List.copyOf(links.keySet()));
    for (String target : links.values()) {
      assertTrue(target.startsWith("/api/v1/members?"), target);
      assertTrue(target.contains("keyword=" + f.tag()), target);
      assertTrue(target.contains("sort=name") && target.contains("size=1"), target);
    }
    assertTrue(links.get("first").endsWith("page=0"), links.toString());
    assertTrue(links.get("last").endsWith("page=3"), links.toString());

    // Following next to the end visits every member once, in name order.
    List<String> names = new java.util.ArrayList<>();
    String next = links.get("first");
    while (next != null) {
      Response page = given().get(site() + next);
      page.then().statusCode(200);
      names.add(page.jsonPath().getString("items[0].displayName"));
      next = links(page.header("Link")).get("next");
    }
    assertEquals(
        List.of("Atelier Papier", "Klangwerk Studio", "Lumière Studio", "Nordlicht Studio"),
        names.stream().map(n -> n.replace(" " + f.tag(), "")).toList());
  }

  @Test
  void malformedOrUnknownParameters_are400ProblemsNamingTheParameter() {
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("sector", "no-such-sector");
    cases.put("size", "1000");
    cases.put("page", "-1");
    cases.put("country", "XX");
    cases.put("kind", "robot");
    cases.put("sort", "random");
    cases.put("language", "not a tag!");
    cases.put("q", "x".repeat(201));
    cases.forEach(
        (name, value) ->
            given()
                .queryParam(name, value)
                .get(api("/members"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:creative-cluster:problem:invalid-parameter"))
                .body("status", equalTo(400))
                .body("invalidParams[0].name", equalTo(name))
                .body("invalidParams[0].reason", notNullValue()));
  }

  @Test
  void otherStatuses_areForStaffOnly() {
    Fixture f = fixture();
    given()
        .queryParam("status", "applied")
        .get(api("/members"))
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.valid("directory-partner", "members:read"))
        .queryParam("status", "applied")
        .get(api("/members"))
        .then()
        .statusCode(403);
    as(f.staff())
        .queryParam("status", "applied")
        .queryParam("keyword", f.tag())
        .get(api("/members"))
        .then()
        .statusCode(200)
        .header("Cache-Control", containsString("no-store"))
        .body("items.slug", equalTo(List.of(f.waiting().slug())));
  }

  // ---- Profiles ----

  @Test
  void aProfile_hasAStrongEtag_andIfNoneMatchGives304() {
    Fixture f = fixture();
    Response first = given().get(api("/members/" + f.lumiere().slug()));
    first
        .then()
        .statusCode(200)
        .body("slug", equalTo(f.lumiere().slug()))
        .body("view", equalTo("public"))
        .body("commune", equalTo("Esch-sur-Alzette"))
        .body("languages", equalTo(List.of("fr", "de")));
    String etag = first.header("ETag");
    assertTrue(etag != null && etag.matches("\"[0-9a-f]{32}\""), "a strong ETag: " + etag);

    Response again =
        given().header("If-None-Match", etag).get(api("/members/" + f.lumiere().slug()));
    assertEquals(304, again.statusCode());
    assertEquals(etag, again.header("ETag"));
    assertEquals("", again.asString());

    given()
        .header("If-None-Match", "\"something-else\"")
        .get(api("/members/" + f.lumiere().slug()))
        .then()
        .statusCode(200);
  }

  @Test
  void unknownAndNotYetApprovedMembers_are404Problems_forEveryoneButStaff() {
    Fixture f = fixture();
    for (String slug : List.of("no-such-member-" + f.tag(), f.waiting().slug(), "%20x", "A")) {
      given()
          .get(api("/members/" + slug))
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:creative-cluster:problem:unknown-member"));
    }
    as(f.staff())
        .get(api("/members/" + f.waiting().slug()))
        .then()
        .statusCode(200)
        .body("view", equalTo("staff"))
        .body("status", equalTo("applied"));
  }

  @Test
  void aMemberReadsItsOwnPrivateData_butNotAnothersPrivateData() {
    Fixture f = fixture();
    String nordlicht = api("/members/" + f.nordlicht().slug());
    as(f.ownerOfNordlicht())
        .get(nordlicht)
        .then()
        .statusCode(200)
        .header("Cache-Control", containsString("no-store"))
        .body("view", equalTo("owner"))
        .body("status", equalTo("active"))
        .body("privateDetails.legalName", equalTo("Nordlicht Studio S.à r.l."))
        .body("privateDetails.registrationNumber", equalTo("LU12345678"))
        .body("privateDetails", not(hasKey("internalNotes")))
        .body("contact.email", containsString("nordlicht"))
        .body("contact.showEmail", equalTo(false));
    as(f.ownerOfLumiere())
        .get(nordlicht)
        .then()
        .statusCode(200)
        .body("view", equalTo("public"))
        .body("$", not(hasKey("privateDetails")))
        .body("$", not(hasKey("status")))
        .body("contact", not(hasKey("email")))
        .body(not(containsString("LU12345678")));
  }

  @Test
  void staffReadAnyMembersPrivateData_withTheirInternalNotes() {
    Fixture f = fixture();
    as(f.staff())
        .get(api("/members/" + f.nordlicht().slug()))
        .then()
        .statusCode(200)
        .body("view", equalTo("staff"))
        .body("privateDetails.registrationNumber", equalTo("LU12345678"))
        .body("privateDetails.internalNotes", equalTo("Staff only: pays late"));
  }

  @Test
  void partnerTokens_withOrWithoutMembersRead_seeOnlyPublicFields() {
    Fixture f = fixture();
    for (String token :
        List.of(
            TestTokens.valid("statistics-office", "stats:read"),
            TestTokens.valid("directory-partner", "members:read"))) {
      given()
          .auth()
          .oauth2(token)
          .get(api("/members/" + f.nordlicht().slug()))
          .then()
          .statusCode(200)
          .body("view", equalTo("public"))
          .body("displayName", equalTo("Nordlicht Studio " + f.tag()))
          .body("$", not(hasKey("privateDetails")))
          .body("$", not(hasKey("status")))
          .body("contact", not(hasKey("email")))
          .body(not(containsString("LU12345678")))
          .body(not(containsString("pays late")));
    }
  }

  // ---- Changes ----

  @Test
  void anEditWithoutIfMatch_is428_andWithAStaleTag_412() {
    Fixture f = fixture();
    String url = api("/members/" + f.lumiere().slug());
    Response mine = as(f.ownerOfLumiere()).get(url);
    String body = mine.asString();

    as(f.ownerOfLumiere())
        .contentType("application/json")
        .body(body)
        .put(url)
        .then()
        .statusCode(428)
        .contentType("application/problem+json")
        .body("invalidParams[0].name", equalTo("If-Match"));
    as(f.ownerOfLumiere())
        .contentType("application/json")
        .header("If-Match", "\"0123456789abcdef0123456789abcdef\"")
        .body(body)
        .put(url)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
  }

  @Test
  void theOwnerEditsWithTheCurrentTag_andTheOldTagIsThenStale() {
    Fixture f = fixture();
    String url = api("/members/" + f.nordlicht().slug());
    Response mine = as(f.ownerOfNordlicht()).get(url);
    String etag = mine.header("ETag");
    String edited =
        mine.asString().replace("Film and design studio", "Film, motion and design studio");

    Response saved =
        as(f.ownerOfNordlicht())
            .contentType("application/json")
            .header("If-Match", etag)
            .body(edited)
            .put(url);
    saved
        .then()
        .statusCode(200)
        .body("pitch.en", equalTo("Film, motion and design studio"))
        .body("view", equalTo("owner"));
    assertNotEquals(etag, saved.header("ETag"), "a new version has a new tag");

    as(f.ownerOfNordlicht())
        .contentType("application/json")
        .header("If-Match", etag)
        .body(edited)
        .put(url)
        .then()
        .statusCode(412);
    // Staff's note survived the member's edit, which never carries it.
    as(f.staff())
        .get(url)
        .then()
        .body("privateDetails.internalNotes", equalTo("Staff only: pays late"));
    given().get(url).then().body("pitch.en", equalTo("Film, motion and design studio"));
  }

  /**
   * The profile, its page and the directory page are kept for visitors between changes of the
   * directory (the record cache, the member page cache): a staff edit shows on the very next read,
   * and what staff saw on the page (private fields) never reaches a visitor.
   */
  @Test
  void aVisitorSeesAStaffEdit_onTheNextRead_ofTheProfileItsPageAndTheDirectory() {
    Fixture f = fixture();
    TestMembers.Made made =
        member(
            f.tag(),
            "Cache Studio",
            Map.of(
                "sector",
                List.of("design"),
                "pitch",
                "Before the edit",
                "legalName",
                "Cache Studio S.A.",
                "notes",
                "Staff only: cache note"));
    String url = api("/members/" + made.slug());
    String page = site() + "/en/members/" + made.slug();
    String directory = site() + "/en/members?q=" + f.tag();
    String search = api("/members?q=" + f.tag());
    // Read twice each: the second read is the one a cache of public answers or pages serves.
    for (int read = 0; read < 2; read++) {
      given().get(url).then().statusCode(200).body("pitch.en", equalTo("Before the edit"));
      given().get(page).then().statusCode(200).body(containsString("Before the edit"));
      given().get(directory).then().statusCode(200).body(containsString("Before the edit"));
      given().get(search).then().statusCode(200).body(containsString("Before the edit"));
    }
    // What a visitor was answered is not what staff get, and the other way round.
    as(f.staff())
        .get(url)
        .then()
        .statusCode(200)
        .body("view", equalTo("staff"))
        .body("privateDetails.internalNotes", equalTo("Staff only: cache note"));
    given()
        .get(url)
        .then()
        .statusCode(200)
        .body("view", equalTo("public"))
        .body(not(containsString("Staff only: cache note")));
    as(f.staff()).get(page).then().statusCode(200).body(containsString("Staff only: cache note"));
    given().get(page).then().body(not(containsString("Staff only: cache note")));
    given().get(page).then().body(not(containsString("Cache Studio S.A.")));

    Response staffCopy = as(f.staff()).get(url);
    as(f.staff())
        .contentType("application/json")
        .header("If-Match", staffCopy.header("ETag"))
        .body(staffCopy.asString().replace("Before the edit", "After the edit"))
        .put(url)
        .then()
        .statusCode(200);

    given().get(url).then().statusCode(200).body("pitch.en", equalTo("After the edit"));
    given().get(page).then().statusCode(200).body(containsString("After the edit"));
    given().get(directory).then().statusCode(200).body(containsString("After the edit"));
    given().get(search).then().statusCode(200).body(containsString("After the edit"));
    given().get(page).then().body(not(containsString("Staff only: cache note")));
  }

  @Test
  void anInvalidField_is400NamingIt() {
    Fixture f = fixture();
    String url = api("/members/" + f.papier().slug());
    Response current = as(f.staff()).get(url);
    as(f.staff())
        .contentType("application/json")
        .header("If-Match", current.header("ETag"))
        .body(current.asString().replace("\"country\":\"LU\"", "\"country\":\"XX\""))
        .put(url)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:creative-cluster:problem:invalid-body"))
        .body("invalidParams[0].name", equalTo("country"));
    as(f.staff())
        .contentType("application/json")
        .header("If-Match", current.header("ETag"))
        .body("{not json")
        .put(url)
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("body"));
  }

  @Test
  void aMemberCannotChangeAnothersProfile_norCanVisitorsOrPartners_butStaffCan() {
    Fixture f = fixture();
    String url = api("/members/" + f.klangwerk().slug());
    Response current = given().get(url);
    String body = current.asString().replace("Music studio", "Hijacked");

    as(f.ownerOfLumiere())
        .contentType("application/json")
        .header("If-Match", current.header("ETag"))
        .body(body)
        .put(url)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .contentType("application/json")
        .header("If-Match", current.header("ETag"))
        .body(body)
        .put(url)
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", containsString("Bearer"));
    given()
        .auth()
        .oauth2(TestTokens.valid("directory-partner", "members:read"))
        .contentType("application/json")
        .header("If-Match", current.header("ETag"))
        .body(body)
        .put(url)
        .then()
        .statusCode(403);
    given().get(url).then().body("pitch.en", equalTo("Music studio"));

    Response asStaff = as(f.staff()).get(url);
    as(f.staff())
        .contentType("application/json")
        .header("If-Match", asStaff.header("ETag"))
        .body(asStaff.asString().replace("Music studio", "Music and sound studio"))
        .put(url)
        .then()
        .statusCode(200)
        .body("view", equalTo("staff"));
    given().get(url).then().body("pitch.en", equalTo("Music and sound studio"));
  }

  /**
   * A visitor's 404 for a member not yet approved is kept like a profile (the public answer cache
   * keeps the problems a request causes by itself), so it must give way to the profile as soon as
   * staff approve the member, and a parameter out of range stays a 400 on every read.
   */
  @Test
  void aVisitorsKept404_givesWayToTheProfile_onceStaffApproveTheMember() {
    Fixture f = fixture();
    TestMembers.Made applicant =
        // A tag of its own: once approved it must not join the fixture's members other tests count.
        member(
            "kept-" + f.tag(),
            "Kept Applicant",
            Map.of("sector", List.of("design"), "status", "applied"));
    String url = api("/members/" + applicant.slug());
    for (int read = 0; read < 2; read++) {
      given()
          .get(url)
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:creative-cluster:problem:unknown-member"));
      given()
          .get(api("/members?size=0"))
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("invalidParams[0].name", equalTo("size"));
    }
    as(f.staff())
        .contentType("application/json")
        .body("{\"decision\":\"approve\"}")
        .post(url + "/decisions")
        .then()
        .statusCode(200);

    given()
        .get(url)
        .then()
        .statusCode(200)
        .body("displayName", equalTo("Kept Applicant kept-" + f.tag()));
  }

  @Test
  void staffDecide_andAMergedProfileRedirectsToTheSurvivor() {
    Fixture f = fixture();
    TestMembers.Made applicant =
        member(
            f.tag(), "Second Applicant", Map.of("sector", List.of("gaming"), "status", "applied"));
    String url = api("/members/" + applicant.slug());
    as(f.ownerOfLumiere())
        .contentType("application/json")
        .body("{\"decision\":\"approve\"}")
        .post(url + "/decisions")
        .then()
        .statusCode(404);
    as(f.staff())
        .contentType("application/json")
        .body("{\"decision\":\"reject\"}")
        .post(url + "/decisions")
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("reason"));
    as(f.staff())
        .contentType("application/json")
        .body("{\"decision\":\"approve\"}")
        .post(url + "/decisions")
        .then()
        .statusCode(200)
        .body("status", equalTo("active"));
    as(f.staff())
        .contentType("application/json")
        .body("{\"decision\":\"approve\"}")
        .post(url + "/decisions")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    given().get(url).then().statusCode(200);

    TestMembers.merge(site(), f.papier(), applicant);
    Response moved = given().redirects().follow(false).get(url);
    assertEquals(301, moved.statusCode());
    assertEquals("/api/v1/members/" + f.papier().slug(), moved.header("Location"));
    given().get(url).then().statusCode(200).body("slug", equalTo(f.papier().slug()));
    // A change sent to the old address keeps its method (308), to meet the survivor's If-Match.
    Response put =
        given()
            .redirects()
            .follow(false)
            .contentType("application/json")
            .header("If-Match", "\"0123456789abcdef0123456789abcdef\"")
            .body("{}")
            .put(url);
    assertEquals(308, put.statusCode());
    assertEquals("/api/v1/members/" + f.papier().slug(), put.header("Location"));
  }

  // ---- Helpers ----

  private static Map<String, Integer> counts(JsonPath answer, String facet) {
    Map<String, Integer> counts = new HashMap<>();
    List<Map<String, Object>> values = answer.getList("facets." + facet);
    for (Map<String, Object> value : values) {
      counts.put((String) value.get("value"), ((Number) value.get("count")).intValue());
    }
    return counts;
  }

  private static final Pattern LINK = Pattern.compile("<([^>]*)>;\\s*rel=\"([^\"]+)\"");

  /** The targets of a Link header by relation, in header order. */
  static Map<String, String> links(String header) {
    Map<String, String> links = new LinkedHashMap<>();
    if (header == null) {
      return links;
    }
    Matcher m = LINK.matcher(header);
    while (m.find()) {
      links.put(m.group(2), m.group(1));
    }
    return links;
  }

  @Test
  void theDirectory_isInTheOpenApiDocument() {
    given()
        .accept("application/json")
        .get(site() + "/openapi")
        .then()
        .statusCode(200)
        .body("paths.'/api/v1/members'.get.operationId", equalTo("searchMembers"))
        .body("paths.'/api/v1/members/{slug}'.get.operationId", equalTo("getMember"))
        .body("paths.'/api/v1/members/{slug}'.put.operationId", equalTo("updateMember"))
        .body("paths.'/api/v1/members'.get.security", nullValue())
        .body("components.schemas.MemberList.properties.facets", notNullValue());
  }
}
