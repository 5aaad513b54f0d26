package lu.creativecluster.it.browser;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import lu.creativecluster.it.support.Browsers;
import lu.creativecluster.it.support.Credentials;
import lu.creativecluster.it.support.HeadlessChromium;
import lu.creativecluster.it.support.PlatformDeployment;
import lu.creativecluster.it.support.SitePages;
import lu.creativecluster.it.support.TestAccounts;
import lu.creativecluster.it.support.TestAdmin;
import lu.creativecluster.it.support.Texts;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * People sign in with the form and out with the header button: the session cookie is HttpOnly and
 * SameSite, its id changes at sign-in and is dead after sign-out; the staff area sends visitors to
 * sign in and back; a wrong password is answered in the page's language without telling whether the
 * address exists.
 */
class SignInBrowserIT extends PlatformDeployment {

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
  @ValueSource(strings = {"de", "fr", "en"})
  void theAdmin_signsIn_withANewSessionId_andOutAgain(String lang) {
    browser = browsers.fresh(lang);
    HeadlessChromium.resize(browser, 1280, 900);
    SitePages.open(browser, site() + "/" + lang + "/sign-in", By.id("sign-in"));
    assertEquals(lang, browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertFalse(SitePages.offersStaffArea(browser), "a visitor is not even shown the staff area");
    HeadlessChromium.screenshot(browser, "sign-in-" + lang);
    Cookie before = SitePages.sessionCookie(browser);
    assertNotNull(before, "the sign-in form keeps its state in a session");

    SitePages.submitSignIn(browser, TestAdmin.credentials());
    SitePages.awaitSignedIn(browser);
    Cookie after = SitePages.sessionCookie(browser);
    assertNotNull(after);
    assertNotEquals(before.getValue(), after.getValue(), "the session id changes at sign-in");
    assertTrue(after.isHttpOnly(), "scripts cannot read the session cookie");
    assertTrue(
        List.of("Lax", "Strict").contains(after.getSameSite()),
        "SameSite is " + after.getSameSite());
    assertTrue(SitePages.offersStaffArea(browser), "staff see the way to the staff area");
    HeadlessChromium.screenshot(browser, "signed-in-admin-" + lang);

    SitePages.signOut(browser);
    assertFalse(SitePages.isSignedIn(browser));
    assertFalse(SitePages.offersStaffArea(browser));
    HeadlessChromium.screenshot(browser, "signed-out-" + lang);
    // Whoever kept the old cookie holds nothing: the session ended with the sign-out.
    given()
        .redirects()
        .follow(false)
        .cookie(after.getName(), after.getValue())
        .get(site() + "/" + lang + "/staff/")
        .then()
        .statusCode(302)
        .header("Location", containsString("/" + lang + "/sign-in"));
  }

  @Test
  void aVisitor_isSentFromTheStaffAreaToSignIn_andBackAfterSigningIn() {
    browser = browsers.fresh("de");
    SitePages.open(browser, site() + "/de/staff/", By.id("sign-in"));
    assertTrue(browser.getCurrentUrl().contains("/de/sign-in"), browser.getCurrentUrl());
    assertTrue(browser.getCurrentUrl().contains("next="), browser.getCurrentUrl());
    HeadlessChromium.screenshot(browser, "staff-area-visitor-de");

    SitePages.submitSignIn(browser, TestAdmin.credentials());
    SitePages.awaitSignedIn(browser);
    assertTrue(browser.getCurrentUrl().contains("/de/staff"), browser.getCurrentUrl());
    assertEquals(1, browser.findElements(By.id("accounts")).size(), "the accounts list");
    HeadlessChromium.screenshot(browser, "staff-area-admin-de");
  }

  @Test
  void everyProtectedPage_redirectsAVisitorToSignIn() {
    for (String path : new String[] {"/en/staff/", "/fr/staff/audit", "/de/account/"}) {
      String lang = path.substring(1, 3);
      given()
          .redirects()
          .follow(false)
          .get(site() + path)
          .then()
          .statusCode(302)
          .header("Location", containsString("/" + lang + "/sign-in?next="));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"de", "fr", "en"})
  void aRefusedSignIn_isAnsweredInThePagesLanguage(String lang) {
    browser = browsers.fresh(lang);
    SitePages.signIn(
        browser,
        site(),
        lang,
        new Credentials(TestAccounts.newAddress("nobody"), TestAccounts.newPassword()));
    String refusal = SitePages.awaitMessage(browser);
    assertFalse(SitePages.isSignedIn(browser));
    assertFalse(SitePages.alerts(browser).isBlank(), "the refusal is an alert");
    Texts.assertTranslated(lang, refusal);
    HeadlessChromium.screenshot(browser, "sign-in-refused-" + lang);
  }

  @Test
  void aWrongPassword_getsTheSameAnswerAsAnUnknownAddress() {
    Credentials member = TestAccounts.member(site());
    browser = browsers.fresh("en");
    SitePages.signIn(
        browser, site(), "en", new Credentials(member.email(), "not-" + member.password()));
    String wrongPassword = SitePages.awaitMessage(browser);
    assertFalse(SitePages.isSignedIn(browser));

    SitePages.signIn(
        browser,
        site(),
        "en",
        new Credentials(TestAccounts.newAddress("nobody"), TestAccounts.newPassword()));
    assertEquals(
        wrongPassword,
        SitePages.awaitMessage(browser),
        "the answer does not tell which addresses have an account");
  }
}
