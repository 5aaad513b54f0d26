package lu.creativecluster.it.browser;

import static io.restassured.RestAssured.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import lu.creativecluster.it.support.Browsers;
import lu.creativecluster.it.support.HeadlessChromium;
import lu.creativecluster.it.support.PlatformDeployment;
import lu.creativecluster.it.support.SitePages;
import lu.creativecluster.it.support.TestAccounts;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A visitor in a real browser: home page, language switch, the 12 sectors in de, fr and en. How
 * each page reads on a desktop and a phone (language, landmarks, labels, no sideways scrolling,
 * screenshots) is AccessibilityBrowserIT's walk through every page.
 */
class PublicSiteBrowserIT extends PlatformDeployment {

  private static final int DESKTOP = HeadlessChromium.DESKTOP;
  private static final int PHONE = HeadlessChromium.PHONE;
  private static final By SECTOR_CARDS = By.cssSelector("main article");

  @ArquillianResource URL base;

  /** One browser per language for all the tests here, cleared before each (Browsers). */
  private static final Browsers browsers = new Browsers();

  private ChromeDriver browser;

  @AfterAll
  static void closeBrowsers() {
    browsers.close();
  }

  private String site(String path) {
    return base.toString().replaceFirst("/$", "") + path;
  }

  /**
   * The home page and the sectors are rendered once per language for visitors without a session and
   * then answered from memory: every visitor gets the same page with the headers of a fresh one,
   * and a person who is signed in still gets their own page.
   */
  @Test
  void aKeptPage_isTheSameForEveryVisitor_butNotForSomeoneSignedIn() {
    List<Response> answers =
        List.of(get(site("/fr/sectors")), get(site("/fr/sectors")), get(site("/fr/sectors")));
    for (Response answer : answers) {
      assertEquals(200, answer.statusCode());
      assertEquals("fr", answer.header("Content-Language"));
      assertTrue(
          answer.header("Content-Type").startsWith("text/html"), answer.header("Content-Type"));
      assertEquals("nosniff", answer.header("X-Content-Type-Options"));
      assertTrue(answer.header("Content-Security-Policy").contains("default-src 'self'"));
      assertNull(answer.header("Set-Cookie"), "a visitor's page begins no session");
      assertEquals(answers.get(0).asString(), answer.asString());
    }
    assertTrue(answers.get(0).asString().contains("lang=\"fr\""));

    browser = browsers.fresh("fr");
    SitePages.signIn(browser, site(""), "fr", TestAccounts.member(site("")));
    SitePages.awaitSignedIn(browser);
    SitePages.open(browser, site("/fr/sectors"), SECTOR_CARDS);
    assertTrue(SitePages.isSignedIn(browser), "the signed-in page is the person's own");
    SitePages.open(browser, site("/fr/"), SitePages.ANY_PAGE);
    assertTrue(SitePages.isSignedIn(browser), "the signed-in page is the person's own");
  }

  @Test
  void theRoot_sendsAVisitorToTheHomePageInTheirLanguage() {
    browser = browsers.fresh("de-DE,de");
    SitePages.open(browser, site("/"));
    assertTrue(browser.getCurrentUrl().endsWith("/de/"), browser.getCurrentUrl());
    assertEquals("de", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals(1, browser.findElements(By.tagName("h1")).size());
    assertEquals(1, browser.findElements(By.tagName("main")).size());
  }

  @Test
  void switchingLanguage_keepsTheCurrentPage() {
    browser = browsers.fresh("en");
    HeadlessChromium.resize(browser, DESKTOP, 900);
    SitePages.open(browser, site("/en/"));
    SitePages.follow(browser, By.cssSelector("header a[href$='/en/sectors']"), SECTOR_CARDS);
    assertTrue(browser.getCurrentUrl().endsWith("/en/sectors"), browser.getCurrentUrl());

    SitePages.follow(browser, By.cssSelector("a[hreflang='fr']"), SECTOR_CARDS);
    assertTrue(browser.getCurrentUrl().endsWith("/fr/sectors"), browser.getCurrentUrl());
    assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals("Musique", browser.findElement(By.cssSelector("#music h2")).getText());

    SitePages.follow(browser, By.cssSelector("a[hreflang='de']"), SECTOR_CARDS);
    assertTrue(browser.getCurrentUrl().endsWith("/de/sectors"), browser.getCurrentUrl());
    assertEquals("Musik", browser.findElement(By.cssSelector("#music h2")).getText());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"de,Musik,Architektur", "fr,Musique,Architecture", "en,Music,Architecture"})
  void sectorsPage_showsThe12SectorsInTheChosenLanguage(
      String lang, String music, String architecture) {
    browser = browsers.fresh(lang);
    HeadlessChromium.resize(browser, DESKTOP, 2400);
    SitePages.open(browser, site("/" + lang + "/sectors"), SECTOR_CARDS);
    List<WebElement> sectors = awaitSectorCards();
    assertEquals("architecture", sectors.get(0).getAttribute("id"));
    assertEquals(architecture, sectors.get(0).findElement(By.tagName("h2")).getText());
    assertEquals(music, browser.findElement(By.cssSelector("#music h2")).getText());
    assertTrue(browser.getTitle().contains("Creative Cluster"), browser.getTitle());
    HeadlessChromium.screenshot(browser, "sectors-" + lang + "-desktop");

    HeadlessChromium.resize(browser, PHONE, 2400);
    SitePages.reload(browser, SECTOR_CARDS);
    assertEquals(12, awaitSectorCards().size());
    assertNoHorizontalScroll();
    HeadlessChromium.screenshot(browser, "sectors-" + lang + "-phone");
  }

  /** The 12 cards, or a failure that says which page the browser shows instead. */
  private List<WebElement> awaitSectorCards() {
    return new WebDriverWait(browser, Duration.ofSeconds(10))
        .withMessage(
            () ->
                "12 sector cards expected at "
                    + browser.getCurrentUrl()
                    + " titled '"
                    + browser.getTitle()
                    + "'")
        .until(
            driver -> {
              List<WebElement> cards = driver.findElements(SECTOR_CARDS);
              return cards.size() == 12 ? cards : null;
            });
  }

  private void assertNoHorizontalScroll() {
    Object overflow =
        browser.executeScript(
            "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    assertEquals(Boolean.FALSE, overflow, "the page scrolls sideways at this width");
  }
}
