package lu.creativecluster.it.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lu.creativecluster.it.support.Browsers;
import lu.creativecluster.it.support.HeadlessChromium;
import lu.creativecluster.it.support.InquirySteps;
import lu.creativecluster.it.support.PlatformDeployment;
import lu.creativecluster.it.support.SitePages;
import lu.creativecluster.it.support.TestAccounts;
import lu.creativecluster.it.support.TestAdmin;
import lu.creativecluster.it.support.TestMailbox;
import lu.creativecluster.it.support.Texts;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Inquiries in the browser: the public form refuses what does not read with a translated error
 * beside each field and keeps what was typed, then takes the inquiry and leads to the tracking
 * page; staff find it in the inbox by search and filter, answer it and close it.
 */
class InquiryBrowserIT extends PlatformDeployment {

  @ArquillianResource URL base;

  /** One browser per language for all the tests here, cleared before each (Browsers). */
  private static final Browsers browsers = new Browsers();

  private ChromeDriver browser;

  @AfterAll
  static void closeBrowsers() {
    browsers.close();
  }

  private String site() {
    return base.toString().replaceFirst("/$", "");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"de", "fr"})
  void thePublicForm_namesEachMistakeInThePagesLanguage_keepsTheText_thenTakesTheInquiry(
      String lang) {
    browser = browsers.fresh(lang);
    String word = "w" + UUID.randomUUID().toString().substring(0, 8);
    String asker = TestAccounts.newAddress("form-" + lang);
    SitePages.open(browser, site() + "/" + lang + "/inquiries/new", By.id("send-inquiry"));
    SitePages.type(browser, By.id("message"), "Ma question " + word);
    SitePages.type(browser, By.id("email"), "not an address");
    InquirySteps.submit(browser, By.id("send-inquiry"), By.id("send-inquiry"));
    HeadlessChromium.screenshot(browser, "inquiry-errors-" + lang);

    for (String field : new String[] {"topic", "name", "email", "consent"}) {
      String error = browser.findElement(By.id(field + "-error")).getText();
      assertFalse(error.isBlank(), field + " has its error beside it");
      Texts.assertTranslated(lang, error);
      assertEquals("true", browser.findElement(By.id(field)).getAttribute("aria-invalid"), field);
    }
    assertTrue(browser.findElement(By.id("message-error")).getText().isBlank());
    assertEquals(
        "Ma question " + word,
        browser.findElement(By.id("message")).getAttribute("value"),
        "the text is kept");
    Texts.assertTranslated(lang, browser.findElement(By.id("inquiry-errors")).getText());
    assertEquals(0, TestMailbox.count(asker), "nothing was sent");

    int mails = TestMailbox.count(asker);
    InquirySteps.fill(browser, "Ana " + lang, asker, word);
    InquirySteps.submit(browser, By.id("send-inquiry"), By.id("inquiry-received"));
    Texts.assertTranslated(lang, browser.findElement(By.id("inquiry-received")).getText());
    HeadlessChromium.screenshot(browser, "inquiry-received-" + lang);
    String tracking = browser.findElement(By.id("tracking-link")).getAttribute("href");
    assertTrue(
        TestMailbox.text(TestMailbox.awaitNext(asker, mails)).contains("token="),
        "the confirmation mail carries the tracking link");

    SitePages.open(browser, tracking, By.id("inquiry-status"));
    assertEquals(bundle(lang, "inquiry.status.received"), status());
    SitePages.type(browser, By.id("follow-up"), "Une précision " + word);
    InquirySteps.submit(browser, By.id("send-follow-up"), By.id("inquiry-status"));
    HeadlessChromium.screenshot(browser, "inquiry-follow-up-" + lang);
    String shown = browser.findElement(By.tagName("main")).getText();
    assertTrue(shown.contains("Une précision " + word), () -> "the follow-up is shown:\n" + shown);
  }

  @Test
  void staff_findAnInquiryInTheInbox_answerIt_andCloseIt() {
    String word = "w" + UUID.randomUUID().toString().substring(0, 8);
    String asker = TestAccounts.newAddress("inbox");
    given()
        .contentType("application/json")
        .body(
            Map.of(
                "kind", "offer",
                "topic", "events",
                "message", "We offer a stage for " + word,
                "name", "Bea Inbox",
                "email", asker,
                "language", "en",
                "consent", true))
        .post(site() + "/api/v1/inquiries")
        .then()
        .statusCode(201);

    browser = browsers.fresh("en");
    SitePages.signIn(browser, site(), "en", TestAccounts.staff(site()));
    SitePages.awaitSignedIn(browser);
    SitePages.open(
        browser,
        site() + "/en/staff/inquiries?status=received&topic=events&q=" + word,
        By.id("inquiries"));
    HeadlessChromium.screenshot(browser, "staff-inquiries-en");
    assertEquals(1, browser.findElements(By.cssSelector("tr.inquiry-row")).size());
    SitePages.open(
        browser, site() + "/en/staff/inquiries?status=closed&q=" + word, By.id("inquiries"));
    assertEquals(0, browser.findElements(By.cssSelector("tr.inquiry-row")).size());

    SitePages.open(browser, site() + "/en/staff/inquiries?q=" + word, By.id("inquiries"));
    SitePages.follow(browser, By.cssSelector("a.inquiry-link"), By.id("inquiry-history"));
    assertTrue(browser.findElement(By.id("inquiry-asker")).getText().contains("Bea Inbox"));
    int mails = TestMailbox.count(asker);
    InquirySteps.submit(browser, By.id("answer"), By.id("inquiry-history"));
    String refused = browser.findElement(By.id("text-error")).getText();
    assertFalse(refused.isBlank(), "an empty answer is refused beside the field");
    Texts.assertTranslated("en", refused);

    SitePages.type(browser, By.id("answer-text"), "Thank you, we will share it. " + word);
    InquirySteps.submit(browser, By.id("answer"), By.id("inquiry-history"));
    assertEquals(bundle("en", "inquiry.status.answered"), status());
    assertTrue(
        TestMailbox.text(TestMailbox.awaitNext(asker, mails)).contains(word),
        "the asker gets the answer by mail");
    InquirySteps.submit(browser, By.id("close"), By.id("inquiry-history"));
    assertEquals(bundle("en", "inquiry.status.closed"), status());
    HeadlessChromium.screenshot(browser, "staff-inquiry-closed-en");

    SitePages.open(
        browser, site() + "/en/staff/inquiries?status=closed&q=" + word, By.id("inquiries"));
    assertEquals(1, browser.findElements(By.cssSelector("tr.inquiry-row")).size());

    // The figures count it: received and answered under its topic, with a time to answer.
    SitePages.follow(browser, By.id("figures-link"), By.id("figures-topic"));
    String events = bundle("en", "inquiry.topic.events");
    WebElement row =
        browser.findElements(By.cssSelector("#figures-topic tr.figures-row")).stream()
            .filter(r -> r.findElement(By.tagName("th")).getText().strip().equals(events))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no figures row for " + events));
    List<WebElement> cells = row.findElements(By.tagName("td"));
    assertTrue(Integer.parseInt(cells.get(0).getText().strip()) >= 1, "received");
    assertTrue(Integer.parseInt(cells.get(1).getText().strip()) >= 1, "answered");
    assertTrue(cells.get(2).getText().endsWith(" days"), cells.get(2).getText());
    HeadlessChromium.screenshot(browser, "staff-inquiry-figures-en");
    HeadlessChromium.resize(browser, HeadlessChromium.PHONE, 844);
    HeadlessChromium.screenshot(browser, "staff-inquiry-figures-en-phone");
  }

  @Test
  void anAdmin_rewordsAMail_aMistakeIsNamedInGerman_andTheNextMailIsSentInTheNewWording() {
    String word = "w" + UUID.randomUUID().toString().substring(0, 8);
    browser = browsers.fresh("de");
    SitePages.signIn(browser, site(), "de", TestAdmin.credentials());
    SitePages.awaitSignedIn(browser);
    SitePages.open(
        browser,
        site() + "/de/staff/mail-texts?kind=received&language=de",
        By.id("mail-text-form"));
    SitePages.type(browser, By.id("subject"), "Eingang " + word + " für {name}");
    SitePages.type(browser, By.id("body"), "Danke. Ein Text ohne den Link.");
    InquirySteps.submit(browser, By.id("save-mail-text"), By.id("mail-text-form"));
    String refused = browser.findElement(By.id("body-error")).getText();
    assertTrue(refused.contains("{trackingLink}"), refused);
    Texts.assertTranslated("de", refused);
    assertEquals(bundle("de", "staffMailTexts.state.default"), mailTextState());

    SitePages.type(
        browser,
        By.id("body"),
        "Danke! Antwort bis {dueDate}.\n\nIhr privater Link: {trackingLink}");
    InquirySteps.submit(browser, By.id("save-mail-text"), By.id("mail-text-form"));
    assertEquals(bundle("de", "staffMailTexts.state.customised"), mailTextState());
    HeadlessChromium.screenshot(browser, "staff-mail-texts-de");
    HeadlessChromium.resize(browser, HeadlessChromium.PHONE, 844);
    HeadlessChromium.screenshot(browser, "staff-mail-texts-de-phone");

    String asker = TestAccounts.newAddress("reworded");
    int mails = TestMailbox.count(asker);
    given()
        .contentType("application/json")
        .body(
            Map.of(
                "kind", "question",
                "topic", "funding",
                "message", "Gibt es Förderung für " + word + "?",
                "name", "Anna Wortlaut",
                "email", asker,
                "language", "de",
                "consent", true))
        .post(site() + "/api/v1/inquiries")
        .then()
        .statusCode(201);
    var mail = TestMailbox.awaitNext(asker, mails);
    assertEquals("Eingang " + word + " für Anna Wortlaut", TestMailbox.subject(mail));
    String text = TestMailbox.text(mail);
    assertTrue(text.contains("Ihr privater Link: http"), text);
    assertTrue(text.contains("/de/inquiries/track?token="), text);

    InquirySteps.submit(browser, By.id("reset-mail-text"), By.id("mail-text-form"));
    assertEquals(bundle("de", "staffMailTexts.state.default"), mailTextState());
  }

  private String mailTextState() {
    return browser.findElement(By.id("mail-text-state")).getText().strip();
  }

  private String status() {
    return browser.findElement(By.id("inquiry-status")).getText().strip();
  }

  /** A text of the web UI's bundle: short status names are compared whole, not looked up. */
  private static String bundle(String lang, String key) {
    return java.util.ResourceBundle.getBundle(
            "lu.creativecluster.adapter.webui.messages", java.util.Locale.forLanguageTag(lang))
        .getString(key);
  }
}
