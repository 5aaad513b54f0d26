package lu.creativecluster.it.browser;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import lu.creativecluster.it.support.Browsers;
import lu.creativecluster.it.support.Credentials;
import lu.creativecluster.it.support.HeadlessChromium;
import lu.creativecluster.it.support.PlatformDeployment;
import lu.creativecluster.it.support.SitePages;
import lu.creativecluster.it.support.TestAccounts;
import lu.creativecluster.it.support.TestAdmin;
import lu.creativecluster.it.support.TestMailbox;
import lu.creativecluster.it.support.Texts;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * An account's life, with real mail over SMTP: the admin invites, the invitation's link sets a
 * password once and only once, the person signs in with it and sees what their role allows (the
 * same through the API with their session); a forgotten password is reset by a link that works
 * once, and asking for one never tells whether an address has an account.
 */
class AccountLifecycleBrowserIT extends PlatformDeployment {

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

  @Test
  void anInvitedMember_setsTheirPasswordOnce_andSignsInWithIt() {
    Credentials invitee =
        new Credentials(TestAccounts.newAddress("invitee"), TestAccounts.newPassword());
    browser = browsers.fresh("fr");
    HeadlessChromium.resize(browser, 1280, 1000);
    SitePages.signIn(browser, site(), "fr", TestAdmin.credentials());
    SitePages.awaitSignedIn(browser);
    int mailsBefore = TestMailbox.count(invitee.email());
    SitePages.invite(browser, site(), "fr", invitee.email(), "Invitée Intégration", "member");
    Texts.assertTranslated("fr", SitePages.awaitMessage(browser));
    HeadlessChromium.screenshot(browser, "staff-invited-fr");
    SitePages.open(browser, site() + "/fr/staff/", By.id("accounts"));
    assertTrue(
        browser.findElement(By.id("accounts")).getText().contains(invitee.email()),
        "the accounts list shows the invitation");

    MimeMessage invitation = TestMailbox.awaitNext(invitee.email(), mailsBefore);
    assertFalse(TestMailbox.subject(invitation).isBlank());
    String link = TestMailbox.setPasswordLink(invitation);
    // CLUSTER_PUBLIC_URL names this server as localhost, Arquillian may call it 127.0.0.1; the
    // invitation is written in the language of the page it was sent from.
    assertEquals(base.getPort(), URI.create(link).getPort(), "the link leads here: " + link);
    assertTrue(URI.create(link).getPath().endsWith("/fr/set-password"), link);

    browser.manage().deleteAllCookies();
    SitePages.setPassword(browser, link, invitee.password());
    assertTrue(SitePages.alerts(browser).isBlank(), "setting the password succeeded");
    HeadlessChromium.screenshot(browser, "password-set-fr");

    String secondTry = TestAccounts.newPassword();
    SitePages.setPassword(browser, link, secondTry);
    String refusal = SitePages.alerts(browser);
    assertFalse(refusal.isBlank(), "a used link is refused");
    Texts.assertTranslated("fr", refusal);
    HeadlessChromium.screenshot(browser, "link-used-fr");

    SitePages.signIn(browser, site(), "fr", new Credentials(invitee.email(), secondTry));
    assertFalse(SitePages.isSignedIn(browser), "the used link changed nothing");
    SitePages.signIn(browser, site(), "fr", invitee);
    SitePages.awaitSignedIn(browser);
    assertFalse(SitePages.offersStaffArea(browser), "a member is not shown the staff area");
  }

  @Test
  void aMember_isRefusedTheStaffArea_pagesAndApi() {
    browser = browsers.fresh("de");
    SitePages.signIn(browser, site(), "de", TestAccounts.member(site()));
    SitePages.awaitSignedIn(browser);
    SitePages.open(browser, site() + "/de/staff/");
    assertTrue(browser.findElements(By.id("accounts")).isEmpty(), "no accounts list for members");
    HeadlessChromium.screenshot(browser, "staff-area-member-de");

    RequestSpecification asMember = withSession(browser);
    asMember.get(site() + "/de/staff/").then().statusCode(403);
    withSession(browser).get(site() + "/de/staff/audit").then().statusCode(403);
    withSession(browser)
        .get(site() + "/api/v1/me")
        .then()
        .statusCode(200)
        .body("kind", equalTo("person"))
        .body("roles", contains("member"))
        .body("scopes", empty());
    withSession(browser)
        .get(site() + "/api/v1/audit-events")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void staff_enterTheStaffArea_butNotTheAuditLog() {
    browser = browsers.fresh("en");
    SitePages.signIn(browser, site(), "en", TestAccounts.staff(site()));
    SitePages.awaitSignedIn(browser);
    assertTrue(SitePages.offersStaffArea(browser));

    withSession(browser).get(site() + "/en/staff/").then().statusCode(200);
    withSession(browser).get(site() + "/en/staff/audit").then().statusCode(403);
    withSession(browser)
        .get(site() + "/api/v1/me")
        .then()
        .statusCode(200)
        .body("roles", contains("staff"));
    withSession(browser)
        .get(site() + "/api/v1/audit-events")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void theAdmin_readsTheAuditLog_inTheStaffAreaAndThroughTheApi() {
    browser = browsers.fresh("en");
    HeadlessChromium.resize(browser, 1280, 1400);
    SitePages.signIn(browser, site(), "en", TestAdmin.credentials());
    SitePages.awaitSignedIn(browser);
    SitePages.open(browser, site() + "/en/staff/audit", By.id("audit-log"));
    assertFalse(
        browser.findElements(By.cssSelector("#audit-log tbody tr")).isEmpty(),
        "the audit log lists at least the admin's sign-in");
    HeadlessChromium.screenshot(browser, "audit-log-en");
    withSession(browser)
        .queryParam("limit", 5)
        .get(site() + "/api/v1/audit-events")
        .then()
        .statusCode(200)
        .body("items.size()", allOf(greaterThan(0), lessThanOrEqualTo(5)));
  }

  @Test
  void aPasswordResetLink_worksOnceAndOnlyOnce() {
    Credentials account = TestAccounts.invite(site(), "member");
    browser = browsers.fresh("de");
    int mailsBefore = TestMailbox.count(account.email());
    String confirmation = SitePages.requestPasswordReset(browser, site(), "de", account.email());
    Texts.assertTranslated("de", confirmation);
    HeadlessChromium.screenshot(browser, "reset-requested-de");
    String link = TestMailbox.setPasswordLink(TestMailbox.awaitNext(account.email(), mailsBefore));

    String newPassword = TestAccounts.newPassword();
    SitePages.setPassword(browser, link, newPassword);
    assertTrue(SitePages.alerts(browser).isBlank(), "the reset link set the password");

    SitePages.signIn(browser, site(), "de", new Credentials(account.email(), newPassword));
    SitePages.awaitSignedIn(browser);
    browser.manage().deleteAllCookies();
    SitePages.signIn(browser, site(), "de", account);
    assertFalse(SitePages.isSignedIn(browser), "the old password no longer works");

    browser.manage().deleteAllCookies();
    SitePages.setPassword(browser, link, TestAccounts.newPassword());
    assertFalse(SitePages.alerts(browser).isBlank(), "the link works only once");
    HeadlessChromium.screenshot(browser, "reset-link-used-de");
    SitePages.signIn(browser, site(), "de", new Credentials(account.email(), newPassword));
    SitePages.awaitSignedIn(browser);
  }

  @Test
  void askingForAReset_looksTheSameForAnyAddress_butMailsOnlyAccounts() {
    String unknown = TestAccounts.newAddress("nobody");
    browser = browsers.fresh("en");
    String forUnknown = SitePages.requestPasswordReset(browser, site(), "en", unknown);
    browser.manage().deleteAllCookies();
    String member = TestAccounts.member(site()).email();
    int memberMails = TestMailbox.count(member);
    String forMember = SitePages.requestPasswordReset(browser, site(), "en", member);
    assertEquals(forMember, forUnknown, "the answer does not tell which addresses have an account");
    // The outbox sends in the order mails were queued: once the member's mail, asked for second,
    // has arrived, a mail to the unknown address would have too (rather than a fixed pause).
    TestMailbox.awaitNext(member, memberMails);
    assertEquals(0, TestMailbox.count(unknown), "no mail to an address without an account");
  }

  /** A client that presents the browser's session cookie, as a script in the page could not. */
  private static RequestSpecification withSession(ChromeDriver browser) {
    Cookie session = SitePages.sessionCookie(browser);
    return given().redirects().follow(false).cookie(session.getName(), session.getValue());
  }
}
