package lu.creativecluster.it.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lu.creativecluster.it.support.Credentials;
import lu.creativecluster.it.support.MemberFixtureDeployment;
import lu.creativecluster.it.support.TestAccounts;
import lu.creativecluster.it.support.TestMembers;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * The member data pages over plain HTTP: staff check a CSV on the import page (errors by row and
 * column in the page's language), then import it; a member opens their own data page and withdraws
 * consent; another member sees nothing of it.
 */
class MemberDataPagesIT extends MemberFixtureDeployment {

  @ArquillianResource URL base;

  private String site() {
    return base.toString().replaceFirst("/$", "");
  }

  private HttpVisitor signedIn(Credentials who, String address) {
    HttpVisitor visitor = new HttpVisitor(site(), address);
    Response answer =
        visitor.submit(
            "/en/sign-in",
            "sign-in-form",
            "sign-in",
            Map.of("email", who.email(), "password", who.password()));
    assertTrue(answer.statusCode() == 302 || answer.statusCode() == 303, "signed in");
    return visitor;
  }

  @Test
  void staff_checkACsvInGerman_thenImportIt() {
    String tag = "p" + UUID.randomUUID().toString().substring(0, 6);
    HttpVisitor staff = signedIn(TestAccounts.staff(site()), "127.0.0.81");
    String bad =
        "slug,display_name,kind,primary_sector,pitch_de,description_de,country\n"
            + tag
            + "-a,Atelier "
            + tag
            + ",company,töpferei,Kurz.,Lang.,LU\n";

    Response checked =
        staff.submit(
            "/de/staff/members/import", "import-form", "import-check", Map.of("import-csv", bad));

    assertEquals(200, checked.statusCode());
    String page = checked.asString();
    assertTrue(page.contains("id=\"import-errors\""), "the errors table");
    assertTrue(page.contains("primary_sector"), "names the column");
    assertTrue(page.contains("nennt einen Sektor, den es nicht gibt"), "in German");

    String good = bad.replace("töpferei", "crafts-manufacturing");
    Response imported =
        staff.submit(
            "/de/staff/members/import", "import-form", "import-apply", Map.of("import-csv", good));

    assertEquals(200, imported.statusCode());
    assertTrue(imported.asString().contains("1 Mitglieder importiert."), imported.asString());
    io.restassured.RestAssured.given()
        .get(site() + "/api/v1/members/" + tag + "-a")
        .then()
        .statusCode(200);
  }

  @Test
  void aMember_opensTheirOwnData_andHidesTheirContactDetails_otherMembersSeeNothing() {
    String tag = "p" + UUID.randomUUID().toString().substring(0, 6);
    Credentials owner = TestAccounts.invite(site(), "member");
    String session = TestMembers.session(site(), owner);
    TestMembers.Made made =
        TestMembers.create(
            site(),
            Map.of(
                "name", "Own Page Studio " + tag,
                "sector", List.of("design"),
                "owner", TestMembers.accountId(site(), session)));
    HttpVisitor member = signedIn(owner, "127.0.0.82");

    Response own = member.get("/en/account/member-data");

    assertEquals(200, own.statusCode());
    assertTrue(own.asString().contains("Own Page Studio " + tag), "their member is chosen");
    assertTrue(
        own.asString().contains("/api/v1/members/" + made.slug() + "/personal-data"),
        "the download link");
    Response withdrawn =
        member.submit(
            "/en/account/member-data?member=" + made.slug(),
            "consent-form",
            "withdraw-consent",
            Map.of("member", made.slug()));
    assertEquals(200, withdrawn.statusCode());
    assertTrue(withdrawn.asString().contains("no longer shown publicly"), withdrawn.asString());

    HttpVisitor stranger = signedIn(TestAccounts.member(site()), "127.0.0.83");
    Response foreign = stranger.get("/en/account/member-data?member=" + made.slug());
    assertEquals(200, foreign.statusCode());
    assertTrue(foreign.asString().contains("id=\"member-data-none\""), "nothing for a stranger");
    assertTrue(!foreign.asString().contains("Own Page Studio"), "not even the name");
  }
}
