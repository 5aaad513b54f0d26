package lu.creativecluster.it.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lu.creativecluster.it.support.Credentials;
import lu.creativecluster.it.support.MemberFixtureDeployment;
import lu.creativecluster.it.support.SitePages;
import lu.creativecluster.it.support.TestAccounts;
import lu.creativecluster.it.support.TestMembers;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * The member directory's data in and out through the API: staff import CSV (dry run with errors and
 * duplicates, all-or-none import, 400/413 for files that are not CSV), the export as CSV and JSON
 * (public fields for everyone, everything for staff, importable again), and a member's personal
 * data: downloaded only by the member's account or staff, erased by staff, contact consent
 * withdrawn in one call. Slugs carry this run's tag, so other tests' members never interfere.
 */
class MemberDataApiIT extends MemberFixtureDeployment {

  private static final String HEADER =
      "slug,display_name,kind,status,primary_sector,pitch_en,description_en,country,email,"
          + "show_email,internal_notes\n";

  private static Fixture fixture;

  @ArquillianResource URL base;

  private record Fixture(
      String tag, String staff, String owner, String otherMember, TestMembers.Made owned) {}

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
    String tag = "d" + UUID.randomUUID().toString().substring(0, 6);
    Credentials a = TestAccounts.invite(site, "member");
    String owner = TestMembers.session(site, a);
    String otherMember = TestMembers.session(site, TestAccounts.member(site));
    String staff = TestMembers.session(site, TestAccounts.staff(site));
    TestMembers.Made owned =
        TestMembers.create(
            site,
            Map.of(
                "name",
                "Owned Studio " + tag,
                "sector",
                List.of("design"),
                "owner",
                TestMembers.accountId(site, owner),
                "email",
                tag + "@owned.example.org"));
    fixture = new Fixture(tag, staff, owner, otherMember, owned);
    return fixture;
  }

  private static RequestSpecification as(String session) {
    return given().cookie(SitePages.SESSION_COOKIE, session);
  }

  private static RequestSpecification csv(RequestSpecification request, String body) {
    return request
        .contentType("text/csv; charset=UTF-8")
        .body(body.getBytes(StandardCharsets.UTF_8));
  }

  private String row(String slug, String name, String sector, String extra) {
    return slug + "," + name + ",company,active," + sector + ",A pitch.,A text.,LU," + extra + "\n";
  }

  @Test
  void aDryRun_reportsErrorsByRowAndColumn_andDuplicates_andChangesNothing() {
    Fixture f = fixture();
    String csv =
        HEADER
            + row(f.tag() + "-alpha", "Alpha Werkstatt " + f.tag(), "design", "a@x.example.org,,")
            + row(f.tag() + "-beta", "Beta", "pottery", ",,")
            + row(f.tag() + "-gamma", "Alpha Werkstatt " + f.tag(), "music", ",,");

    csv(as(f.staff()), csv)
        .post(api("/members/import?dryRun=true"))
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("dryRun", equalTo(true))
        .body("valid", equalTo(false))
        .body("rows", equalTo(3))
        .body("applied", equalTo(0))
        .body("errors[0].row", equalTo(3))
        .body("errors[0].column", equalTo("primary_sector"))
        .body("errors[0].code", equalTo("import.sector.unknown"))
        .body("duplicates[0].row", equalTo(4))
        .body("duplicates[0].earlierRow", equalTo(2))
        .body("duplicates[0].reasons", hasItem("SIMILAR_NAME"));

    given().get(api("/members/" + f.tag() + "-alpha")).then().statusCode(404);
  }

  @Test
  void aRealImport_appliesEveryRow_whichTheExportsThenShow() {
    Fixture f = fixture();
    String csv =
        HEADER
            + row(
                f.tag() + "-shown",
                "Shown Studio " + f.tag(),
                "music",
                f.tag() + "@shown.example.org,true,=secret note")
            + row(f.tag() + "-quiet", "Quiet Studio " + f.tag(), "design", "q@q.example.org,,");

    csv(as(f.staff()), csv)
        .post(api("/members/import?dryRun=false"))
        .then()
        .statusCode(200)
        .body("valid", equalTo(true))
        .body("applied", equalTo(2))
        .body("slugs", equalTo(List.of(f.tag() + "-shown", f.tag() + "-quiet")));

    String publicJson =
        given()
            .get(api("/members/export?format=json"))
            .then()
            .statusCode(200)
            .contentType("application/json")
            .header("Cache-Control", containsString("no-store"))
            .header("Content-Disposition", containsString("members.json"))
            .extract()
            .asString();
    assertTrue(publicJson.contains(f.tag() + "@shown.example.org"), "consented e-mail shown");
    assertFalse(publicJson.contains("q@q.example.org"), "an e-mail nobody agreed to show");
    assertFalse(publicJson.contains("secret note"), "no private column for the public");

    String staffCsv =
        as(f.staff())
            .get(api("/members/export?format=csv"))
            .then()
            .statusCode(200)
            .contentType(containsString("text/csv"))
            .extract()
            .asString();
    assertTrue(staffCsv.startsWith("slug,display_name,kind,status,"), staffCsv.substring(0, 80));
    assertTrue(staffCsv.contains(",'=secret note\r\n"), "private and formula-safe");
  }

  @Test
  void theStaffCsvExport_readsBackAsAnImport_whoseOnlyComplaintIsThatTheSlugsAreTaken() {
    Fixture f = fixture();
    csv(as(f.staff()), HEADER + row(f.tag() + "-round", "Round Trip " + f.tag(), "gaming", ",,"))
        .post(api("/members/import?dryRun=false"))
        .then()
        .statusCode(200);
    String export = as(f.staff()).get(api("/members/export?format=csv")).asString();

    csv(as(f.staff()), export)
        .post(api("/members/import"))
        .then()
        .statusCode(200)
        .body("dryRun", equalTo(true))
        .body("errors", not(empty()))
        .body("errors.code", everyItem(equalTo("import.slug.taken")))
        .body("errors.column", everyItem(equalTo("slug")));
  }

  @Test
  void aRealImportWithABadRow_is422NamingRowAndColumn_andImportsNothing() {
    Fixture f = fixture();
    String csv =
        HEADER
            + row(f.tag() + "-good", "Good " + f.tag(), "design", ",,")
            + row(f.tag() + "-bad", "Bad " + f.tag(), "design", "not-an-address,,");

    csv(as(f.staff()), csv)
        .post(api("/members/import?dryRun=false"))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("invalidParams[0].name", equalTo("row 3, email"))
        .body("invalidParams[0].reason", containsString("import.cell.invalid"));

    given().get(api("/members/" + f.tag() + "-good")).then().statusCode(404);
  }

  @Test
  void aFileThatIsNotCsv_is400or413or415_neverA5xx() {
    Fixture f = fixture();
    csv(as(f.staff()), "display_name,kind\n\"never closed,company\n")
        .post(api("/members/import"))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParams[0].reason", equalTo("import.file.quotes"));
    as(f.staff())
        .contentType("text/csv")
        .body(new byte[] {'a', (byte) 0xC3, 0x28})
        .post(api("/members/import"))
        .then()
        .statusCode(400)
        .body("invalidParams[0].reason", equalTo("import.file.encoding"));
    csv(as(f.staff()), "")
        .post(api("/members/import"))
        .then()
        .statusCode(400)
        .body("invalidParams[0].reason", equalTo("import.file.empty"));
    as(f.staff())
        .contentType("text/csv")
        .body(new byte[2 * 1024 * 1024 + 1])
        .post(api("/members/import"))
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
    as(f.staff())
        .contentType("application/json")
        .body("{}")
        .post(api("/members/import"))
        .then()
        .statusCode(415);
    csv(as(f.staff()), HEADER)
        .post(api("/members/import?dryRun=perhaps"))
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("dryRun"));
    given()
        .get(api("/members/export?format=xlsx"))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("invalidParams[0].name", equalTo("format"));
  }

  @Test
  void onlyStaff_import() {
    Fixture f = fixture();
    csv(given(), HEADER).post(api("/members/import")).then().statusCode(401);
    csv(as(f.otherMember()), HEADER).post(api("/members/import")).then().statusCode(403);
  }

  @Test
  void personalData_isDownloadedByTheMembersAccountAndStaff_only() {
    Fixture f = fixture();
    String url = api("/members/" + f.owned().slug() + "/personal-data");

    as(f.owner())
        .get(url)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .header("Content-Disposition", containsString("personal-data-" + f.owned().slug()))
        .header("Cache-Control", containsString("no-store"))
        .body("id", equalTo(f.owned().id()))
        .body("contact.email", equalTo(f.tag() + "@owned.example.org"))
        .body("history[0].to", equalTo("applied"));
    as(f.staff()).get(url).then().statusCode(200).body("slug", equalTo(f.owned().slug()));
    as(f.otherMember()).get(url).then().statusCode(403).contentType("application/problem+json");
    given().get(url).then().statusCode(401);
    as(f.staff())
        .get(api("/members/no-such-member-" + f.tag() + "/personal-data"))
        .then()
        .statusCode(404);
  }

  @Test
  void theMember_withdrawsContactConsentInOneCall_andStaffToo() {
    Fixture f = fixture();
    String consent = api("/members/" + f.owned().slug() + "/contact-consent");
    as(f.otherMember()).delete(consent).then().statusCode(403);
    as(f.owner()).delete(consent).then().statusCode(204);

    String slug = f.tag() + "-consent";
    csv(
            as(f.staff()),
            HEADER + row(slug, "Consent " + f.tag(), "literature", slug + "@c.example.org,true,"))
        .post(api("/members/import?dryRun=false"))
        .then()
        .statusCode(200);
    assertTrue(given().get(api("/members/export")).asString().contains(slug + "@c.example.org"));

    as(f.staff()).delete(api("/members/" + slug + "/contact-consent")).then().statusCode(204);

    assertFalse(given().get(api("/members/export")).asString().contains(slug + "@c.example.org"));
    as(f.staff())
        .get(api("/members/" + slug + "/personal-data"))
        .then()
        .body("contact.email", equalTo(slug + "@c.example.org"))
        .body("contact.emailConsentAt", equalTo(""));
  }

  @Test
  void staffErase_aMembersPersonalData_whichThenIsGone() {
    Fixture f = fixture();
    String slug = f.tag() + "-erase";
    csv(as(f.staff()), HEADER + row(slug, "Erase Me " + f.tag(), "music", "e@e.example.org,,"))
        .post(api("/members/import?dryRun=false"))
        .then()
        .statusCode(200);
    String url = api("/members/" + slug + "/personal-data");
    as(f.otherMember()).delete(url).then().statusCode(403);

    as(f.staff()).delete(url).then().statusCode(204);

    as(f.staff()).get(url).then().statusCode(404);
    assertFalse(
        as(f.staff()).get(api("/members/export?format=csv")).asString().contains("Erase Me"));
  }
}
