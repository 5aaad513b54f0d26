package lu.creativecluster.it.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lu.creativecluster.it.support.CooperationFixtureDeployment;
import lu.creativecluster.it.support.TestMembers;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * The public cooperation pages with data made through the use cases: the partner network by
 * country, the missions list, one mission with its listed participants (a draft is a 404), and the
 * export overview's chart as server-drawn SVG with a title, a description and the same figures as a
 * table, in each language.
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
    int svg = page.indexOf("<svg");
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
}
