package lu.creativecluster.it.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import lu.creativecluster.it.support.Accessibility;
import lu.creativecluster.it.support.HeadlessChromium;
import lu.creativecluster.it.support.PlatformDeployment;
import lu.creativecluster.it.support.SitePages;
import lu.creativecluster.it.support.TestAccounts;
import lu.creativecluster.it.support.TestMailbox;
import lu.creativecluster.it.support.TestMembers;
import lu.creativecluster.it.support.Texts;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Events in the browser: a visitor registers for a full event on its page, lands on the waiting
 * list, and is promoted (and told by mail) when the person holding the seat cancels through the
 * page of their private link. The pages pass axe and carry schema.org Event JSON-LD.
 */
class EventBrowserIT extends PlatformDeployment {

  @ArquillianResource URL base;

  private ChromeDriver browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private String site() {
    return base.toString().replaceFirst("/$", "");
  }

  private String announceFullEvent(String title) {
    String staff = TestMembers.session(site(), TestAccounts.staff(site()));
    LocalDate day = LocalDate.now().plusDays(21);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", Map.of("de", title, "fr", title, "en", title));
    body.put(
        "description",
        Map.of(
            "de", "Ein Abend </script><!-- mit Zeichen",
            "fr", "Une soirée",
            "en", "An evening"));
    body.put("kind", "workshop");
    body.put("start", day + "T18:30");
    body.put("end", day + "T21:00");
    body.put("venue", "Rotondes, Luxembourg");
    body.put("capacity", 1);
    body.put("audience", "open-to-all");
    body.put("registrationDeadline", day + "T12:00");
    return given()
        .cookie(SitePages.SESSION_COOKIE, staff)
        .contentType("application/json")
        .body(body)
        .post(site() + "/api/v1/staff/events")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void registeringForAFullEvent_landsOnTheWaitingList_andACancellationPromotes() throws Exception {
    String title = "Atelier " + UUID.randomUUID().toString().substring(0, 8);
    String id = announceFullEvent(title);
    String seatHolderToken =
        given()
            .contentType("application/json")
            .body(
                Map.of(
                    "name", "Sam Seat", "email", TestAccounts.newAddress("seat"), "language", "de"))
            .post(site() + "/api/v1/events/" + id + "/registrations")
            .then()
            .statusCode(201)
            .extract()
            .path("cancellationToken");

    browser = HeadlessChromium.start("de");
    String page = site() + "/de/events/" + id;
    SitePages.open(browser, page, By.id("register-form"));
    assertTrue(browser.findElement(By.id("register-full")).isDisplayed());
    JsonPath jsonLd = jsonLd();
    assertEquals("Event", jsonLd.getString("'@type'"));
    assertEquals(title, jsonLd.getString("name"));
    assertTrue(
        jsonLd.getString("startDate").endsWith("+01:00")
            || jsonLd.getString("startDate").endsWith("+02:00"));
    assertEquals("Ein Abend </script><!-- mit Zeichen", jsonLd.getString("description"));
    Accessibility.assertNoViolations(browser, "event (de)");
    HeadlessChromium.screenshot(browser, "event-full-de");

    String visitor = TestAccounts.newAddress("waiting");
    int mails = TestMailbox.count(visitor);
    SitePages.type(browser, By.id("register-name"), "Wanda Wait");
    SitePages.type(browser, By.id("register-email"), visitor);
    SitePages.submit(browser, By.id("register-submit"), By.cssSelector(".message--notice"));
    String notice = browser.findElement(By.cssSelector(".message--notice")).getText();
    assertTrue(notice.contains("Platz 1 der Warteliste"), notice);
    Texts.assertTranslated("de", notice);
    HeadlessChromium.resize(browser, HeadlessChromium.PHONE, 1800);
    HeadlessChromium.screenshot(browser, "event-waiting-de-phone");
    MimeMessage waiting = TestMailbox.awaitNext(visitor, mails);
    assertTrue(TestMailbox.text(waiting).contains("Platz 1 der Warteliste"));

    // The seat holder cancels through the page of their link; opening it alone changes nothing.
    int before = TestMailbox.count(visitor);
    HeadlessChromium.resize(browser, HeadlessChromium.DESKTOP, 1000);
    SitePages.open(
        browser,
        site() + "/de/events/cancel?token=" + seatHolderToken,
        By.id("cancel-registration"));
    Accessibility.assertNoViolations(browser, "event cancellation (de)");
    SitePages.submit(browser, By.id("cancel-registration"), By.cssSelector(".message--notice"));
    HeadlessChromium.screenshot(browser, "event-cancelled-de");

    MimeMessage promoted = TestMailbox.awaitNext(visitor, before);
    assertTrue(promoted.getSubject().contains(title), promoted.getSubject());
    assertTrue(TestMailbox.text(promoted).contains("Warteliste nachgerückt"));
    SitePages.open(browser, page, By.id("event-seats"));
    assertTrue(browser.findElements(By.id("event-waiting")).isEmpty(), "nobody waits any more");

    for (String lang : new String[] {"fr", "en"}) {
      HeadlessChromium.resize(browser, HeadlessChromium.PHONE, 1800);
      SitePages.open(browser, site() + "/" + lang + "/events", By.id("upcoming-events"));
      HeadlessChromium.screenshot(browser, "events-" + lang + "-phone");
    }
  }

  private JsonPath jsonLd() {
    String text =
        (String)
            browser.executeScript(
                "return document.querySelector('script[type=\"application/ld+json\"]').textContent");
    return JsonPath.from(text);
  }
}
