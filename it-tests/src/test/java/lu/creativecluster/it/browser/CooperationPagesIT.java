package lu.creativecluster.it.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lu.creativecluster.it.account.HttpVisitor;
import lu.creativecluster.it.support.CooperationFixtureDeployment;
import lu.creativecluster.it.support.Credentials;
import lu.creativecluster.it.support.TestAccounts;
import lu.creativecluster.it.support.TestAdmin;
import lu.creativecluster.it.support.TestMailbox;
import lu.creativecluster.it.support.TestMembers;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * The public cooperation pages with data made through the use cases: the partner network by
 * country, the missions list, one mission with its listed participants (a draft is a 404), and the
 * export overview's chart as server-drawn SVG with a title, a description and the same figures as a
 * table, in each language. A member applies by pressing "apply" (the record is found through the
 * account), staff select, and the member sees the outcome on the page and gets it by mail; staff
 * close the mission, and may not complete it before its last day.
 */
class CooperationPagesIT extends CooperationFixtureDeployment {

  private static String tag;
  private static String mission;
  private static String draft;

  @ArquillianResource URL base;

  private String site() {
    return base.toString().replaceFirst("/$", "");
  }

  private synchronized void fixture() {
    if (tag != null) {
      return;
    }
    tag = "pg" + UUID.randomUUID().toString().substring(0, 8);
    post(Map.of("action", "partner", "name", "Netzwerk " + tag, "country", "AT"));
    TestMembers.Made member =
        TestMembers.create(
            site(),
            Map.of(
                "name",
                "Studio Alpin " + tag,
                "sector",
                List.of("design"),
                "market",
                List.of("AT"),
                "wants",
                List.of("CH")));
    mission =
        post(
            Map.of(
                "title",
                "Vienna design days " + tag,
                "country",
                "AT",
                "city",
                "Wien",
                "selected",
                member.id()));
    draft = post(Map.of("title", "Draft " + tag, "status", "planned"));
  }

  private String post(Map<String, String> fields) {
    return JsonPath.from(
            given()
                .contentType("application/x-www-form-urlencoded")
                .formParams(fields)
                .post(site() + "/it-fixtures/missions.json")
                .then()
                .statusCode(200)
                .extract()
                .asString())
        .getString("id");
  }

  private String html(String path, int status) {
    return given()
        .get(site() + path)
        .then()
        .statusCode(status)
        .contentType(org.hamcrest.Matchers.startsWith("text/html"))
        .extract()
        .asString();
  }

  @Test
  void partnersAreListedUnderTheirCountry_inEachLanguage() {
    fixture();
    assertTrue(html("/de/partners", 200).contains("Netzwerk " + tag));
    String fr = html("/fr/partners", 200);
    assertTrue(fr.contains("id=\"country-AT\""), "a section per country");
    assertTrue(fr.contains("Autriche"), "the country named in French");
  }

  @Test
  void theMissionsListAndOneMission_showTheListedParticipants_notTheDrafts() {
    fixture();
    String list = html("/en/missions", 200);
    assertTrue(list.contains("Vienna design days " + tag), list);
    assertTrue(!list.contains("Draft " + tag), "a draft is not announced");
    String detail = html("/de/missions/" + mission, 200);
    assertTrue(detail.contains("Studio Alpin " + tag), "the selected, listed member");
    assertTrue(detail.contains("Bewerbungsfrist"), "German texts");
    assertTrue(detail.contains("/api/v1/missions/" + mission + "/calendar.ics?lang=de"));
    html("/en/missions/" + draft, 404);
    html("/en/missions/" + UUID.randomUUID(), 404);
  }

  @Test
  void theExportOverviewDrawsItsChartOnTheServer_withATableOfTheSameFigures() {
    fixture();
    String page = html("/en/export", 200);
    int svg = page.lastIndexOf("<svg", page.indexOf("id=\"export-chart\""));
    assertTrue(svg >= 0, "the chart is inline SVG");
    String chart = page.substring(svg, page.indexOf("</svg>", svg));
    assertTrue(chart.contains("role=\"img\""), chart);
    assertTrue(chart.contains("<title id=\"export-chart-title\">"), chart);
    assertTrue(chart.contains("<desc id=\"export-chart-desc\">"), chart);
    assertTrue(chart.contains("<rect"), "bars");
    assertTrue(chart.contains("Austria") && chart.contains("Switzerland"), chart);
    assertTrue(page.contains("id=\"export-table\""), "the figures as a table");
    assertTrue(!page.contains("<script src=\"http"), "nothing from another host");
    assertEquals(-1, page.indexOf("Studio Alpin " + tag), "counts only, no names");
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
  void aMemberJustApplies_staffSelect_andTheMemberSeesTheOutcome() {
    String own = "ap" + UUID.randomUUID().toString().substring(0, 8);
    Credentials owner = TestAccounts.invite(site(), "member");
    String account = TestMembers.accountId(site(), TestMembers.session(site(), owner));
    TestMembers.create(
        site(),
        Map.of("name", "Atelier Rhein " + own, "sector", List.of("design"), "owner", account));
    String open = post(Map.of("title", "Basel fair " + own, "country", "CH", "city", "Basel"));
    String page = "/en/missions/" + open;
    HttpVisitor member = signedIn(owner, "127.0.0.91");

    String form = member.get(page).asString();
    assertTrue(form.contains("id=\"apply-as\"") && form.contains("Atelier Rhein " + own), form);
    assertTrue(!form.contains("id=\"apply-member\""), "no address to type for a member");
    Response tooShort =
        member.submit(page, "apply-mission-form", "apply-mission", Map.of("apply-motivation", "x"));
    assertTrue(tooShort.asString().contains("Write 10 to 2000 characters."), "a form message");
    Response applied =
        member.submit(
            page,
            "apply-mission-form",
            "apply-mission",
            Map.of("apply-motivation", "We build stands for Swiss fairs and want to meet buyers."));
    assertEquals(200, applied.statusCode());
    assertTrue(applied.asString().contains("your application is in"), applied.asString());
    String after = member.get(page).asString();
    assertTrue(after.contains("id=\"own-application\""), "the own application's status");
    assertTrue(!after.contains("id=\"apply-mission-form\""), "one application each");

    HttpVisitor staff = signedIn(TestAdmin.credentials(), "127.0.0.92");
    String staffPage = "/en/staff/missions/" + open;
    Matcher select =
        Pattern.compile("name=\"([^\"]*:select)\"").matcher(staff.get(staffPage).asString());
    assertTrue(select.find(), "a select button for the application");
    int mails = TestMailbox.count(owner.email());
    Response decided = staff.submit(staffPage, "decisions", select.group(1), Map.of());
    assertEquals(200, decided.statusCode());
    assertTrue(decided.asString().contains("Decision saved"), decided.asString());

    assertTrue(
        member.get(page).asString().contains("You are selected for this mission."),
        "the member sees the outcome");

    Response closed = staff.submit(staffPage, "status-form", "status-close", Map.of());
    assertTrue(closed.asString().contains("id=\"mission-status\">Applications closed"), "closed");
    assertTrue(!closed.asString().contains("id=\"status-open\""), "only the changes allowed");
    Response early = staff.submit(staffPage, "status-form", "status-complete", Map.of());
    assertTrue(early.asString().contains("is completed only from its last day"), "a form message");
    assertTrue(
        TestMailbox.text(TestMailbox.awaitNext(owner.email(), mails)).contains("Basel fair " + own),
        "and is mailed it");
  }

  @Test
  void staffKeepPartnersAndPlanMissionsOnTheirPages_andRecordOutcomesAfterAMission() {
    fixture();
    String own = "sp" + UUID.randomUUID().toString().substring(0, 8);
    TestMembers.Made participant =
        TestMembers.create(
            site(), Map.of("name", "Atelier Nord " + own, "sector", List.of("design")));
    String completed =
        post(
            Map.of(
                "title",
                "Past fair " + own,
                "startInDays",
                "-30",
                "selected",
                participant.id(),
                "status",
                "completed"));
    HttpVisitor staff = signedIn(TestAdmin.credentials(), "127.0.0.93");

    Map<String, String> partner =
        new java.util.HashMap<>(
            Map.of(
                "partner-name", "Réseau Lorrain " + own,
                "partner-kind", "network",
                "partner-country", "XX",
                "partner-sectors", "design",
                "partner-languages", "fr, de"));
    String refused =
        staff.submit("/en/staff/partners", "partner-form", "save-partner", partner).asString();
    // A country the menu does not offer is refused by Faces itself, before the page's own checks.
    assertTrue(refused.contains("Please choose one of the options offered."), refused);
    assertTrue(!refused.contains("The partner is saved."), "nothing stored");
    partner.put("partner-country", "FR");
    String saved =
        staff.submit("/en/staff/partners", "partner-form", "save-partner", partner).asString();
    assertTrue(saved.contains("The partner is saved."), saved);
    assertTrue(saved.contains("Réseau Lorrain " + own), "listed for staff at once");

    Map<String, String> mission =
        new java.util.HashMap<>(
            Map.of(
                "title-de", "Designtage Nancy " + own,
                "mission-kind", "study-trip",
                "mission-country", "FR",
                "mission-city", "Nancy",
                "mission-start", "2030-09-10",
                "mission-end", "2030-09-08",
                "mission-deadline", "2030-08-01",
                "organiser-kind", "cluster",
                "organiser-name", "Creative Cluster",
                "mission-capacity", "6"));
    String wrongDates =
        staff.submit("/de/staff/mission-edit", "mission-form", "save-mission", mission).asString();
    assertTrue(wrongDates.contains("Der letzte Tag liegt vor dem ersten Tag."), wrongDates);
    mission.put("mission-end", "2030-09-12");
    String planned =
        staff.submit("/de/staff/mission-edit", "mission-form", "save-mission", mission).asString();
    assertTrue(planned.contains("Die Mission ist geplant."), planned);
    assertTrue(planned.contains("id=\"staff-mission-link\""), "on to the mission's staff page");

    String page = "/fr/staff/missions/" + completed;
    String recorded =
        staff
            .submit(
                page,
                "outcome-form",
                "record-outcome",
                Map.of(
                    "outcome-member", participant.id(),
                    "outcome-contacts", "5",
                    "outcome-leads", "1",
                    "outcome-follow-up", "Devis envoyé"))
            .asString();
    assertTrue(recorded.contains("Le résultat est enregistré."), recorded);
    assertTrue(recorded.contains("5 contacts, 1 pistes · Devis envoyé"), "shown per participant");
  }
}
