package lu.creativecluster.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import lu.creativecluster.it.support.Credentials;
import lu.creativecluster.it.support.HeadlessChromium;
import lu.creativecluster.it.support.MemberSteps;
import lu.creativecluster.it.support.PlatformDeployment;
import lu.creativecluster.it.support.SitePages;
import lu.creativecluster.it.support.TestAccounts;
import lu.creativecluster.it.support.TestAdmin;
import lu.creativecluster.it.support.TestMailbox;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The member directory in real browsers (issue 8): a visitor applies (and is invited to a member
 * account), staff approve, the profile appears in a search with two facets and opens with its
 * JSON-LD and language links; the member edits their own profile, and an edit made meanwhile by
 * staff is never overwritten.
 */
class MemberDirectoryBrowserIT extends PlatformDeployment {

  @ArquillianResource URL base;

  private final List<ChromeDriver> browsers = new java.util.ArrayList<>();

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(ChromeDriver::quit);
  }

  private ChromeDriver browser(String lang) {
    ChromeDriver browser = HeadlessChromium.start(lang);
    browsers.add(browser);
    return browser;
  }

  private String site() {
    return base.toString().replaceFirst("/$", "");
  }

  @Test
  void applyApproveFindOpenAndEdit() {
    String word = MemberSteps.uniqueWord();
    String name = MemberSteps.nameWith(word);
    Credentials applicant =
        new Credentials(TestAccounts.newAddress("applicant"), TestAccounts.newPassword());

    // The applicant forgets most fields: errors beside them, what was typed kept.
    ChromeDriver visitor = browser("en");
    MemberSteps.openApplication(visitor, site(), "en");
    SitePages.type(visitor, By.id("name"), name);
    SitePages.submit(visitor, By.id("apply"), By.id("apply"));
    assertFalse(visitor.findElement(By.id("pitch-error")).getText().isBlank());
    assertFalse(visitor.findElement(By.id("email-error")).getText().isBlank());
    assertEquals("", visitor.findElement(By.id("name-error")).getText());
    assertEquals(name, visitor.findElement(By.id("name")).getAttribute("value"));
    assertEquals("true", visitor.findElement(By.id("email")).getAttribute("aria-invalid"));
    HeadlessChromium.screenshot(visitor, "members-apply-errors-en");

    // Complete, it is received, and the applicant is invited to a member account.
    int mails = TestMailbox.count(applicant.email());
    MemberSteps.submitApplication(visitor, name, applicant.email(), word);
    assertTrue(
        visitor.findElement(By.id("application-received")).getText().contains(applicant.email()));
    String invitation =
        TestMailbox.setPasswordLink(TestMailbox.awaitNext(applicant.email(), mails));

    // Not public before staff approve it.
    SitePages.open(visitor, site() + "/en/members?q=" + word, By.id("results"));
    assertTrue(visitor.findElements(By.partialLinkText(name)).isEmpty());

    ChromeDriver staff = browser("en");
    SitePages.signIn(staff, site(), "en", TestAdmin.credentials());
    SitePages.awaitSignedIn(staff);
    SitePages.open(staff, site() + "/en/staff/members", By.id("applications-heading"));
    String profile = MemberSteps.applicationProfileHref(staff, name);
    HeadlessChromium.screenshot(staff, "members-staff-review-en");
    MemberSteps.approve(staff, site(), "en", name);
    assertTrue(SitePages.awaitMessage(staff).contains(name), SitePages.messages(staff));

    // A German visitor narrows the search with two facets, ticked and sent without JavaScript.
    ChromeDriver german = browser("de");
    SitePages.open(german, site() + "/de/members?q=" + word, By.id("results"));
    MemberSteps.tick(german, By.id("facet-sector-design"));
    MemberSteps.tick(german, By.id("facet-country-LU"));
    SitePages.submit(german, By.id("apply-filters"), By.id("results"));
    String url = german.getCurrentUrl();
    assertTrue(url.contains("sector=design") && url.contains("country=LU"), url);
    assertEquals(
        "true", german.findElement(By.id("facet-sector-design")).getDomProperty("checked"));
    assertTrue(
        german
            .findElement(By.cssSelector("label[for='facet-sector-design']"))
            .getText()
            .contains("(1)"));
    HeadlessChromium.screenshot(german, "members-directory-two-facets-de");

    // The card leads to the profile, in German with the English pitch as fallback.
    SitePages.follow(german, By.linkText(name), By.id("member-name"));
    assertEquals(profile.replace("/en/", "/de/"), german.getCurrentUrl());
    assertEquals(name, german.findElement(By.id("member-name")).getText());
    WebElement pitch = german.findElement(By.id("member-pitch"));
    assertEquals("en", pitch.getAttribute("lang"));
    assertTrue(pitch.getText().contains(word));
    assertEquals(applicant.email(), german.findElement(By.id("member-email")).getText());
    assertEquals(
        "Organization",
        german.executeScript(
            "return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]')"
                + ".textContent)['@type']"));
    assertEquals(
        profile.replaceFirst("^https?://[^/]+", "").replace("/en/", "/de/"), canonicalPath(german));
    assertEquals(2, german.findElements(By.cssSelector("link[rel='alternate'][hreflang]")).size());
    HeadlessChromium.screenshot(german, "members-profile-de");

    // The new member chooses a password and edits the own profile.
    ChromeDriver member = visitor;
    member.manage().deleteAllCookies();
    SitePages.setPassword(member, invitation, applicant.password());
    SitePages.signIn(member, site(), "en", applicant);
    SitePages.awaitSignedIn(member);
    SitePages.open(member, profile, By.id("member-name"));
    SitePages.follow(member, By.id("edit-profile-link"), By.id("save-profile"));
    SitePages.type(member, By.id("pitch-en"), "Tableware for " + word + " homes.");
    SitePages.submit(member, By.id("save-profile"), By.id("save-profile"));
    assertTrue(SitePages.awaitMessage(member).length() > 0);
    assertEquals("", SitePages.alerts(member));
    SitePages.open(member, profile, By.id("member-name"));
    assertEquals(
        "Tableware for " + word + " homes.", member.findElement(By.id("member-pitch")).getText());

    // The member's form goes stale while staff save the profile: nothing is overwritten.
    SitePages.follow(member, By.id("edit-profile-link"), By.id("save-profile"));
    SitePages.open(staff, profile + "/edit", By.id("save-profile"));
    SitePages.type(staff, By.id("pitch-en"), "Corrected by staff for " + word + ".");
    SitePages.submit(staff, By.id("save-profile"), By.id("save-profile"));
    assertEquals("", SitePages.alerts(staff));
    SitePages.type(member, By.id("pitch-en"), "A late change for " + word + ".");
    SitePages.submit(member, By.id("save-profile"), By.id("reload-profile"));
    assertFalse(SitePages.alerts(member).isBlank());
    assertEquals(
        "A late change for " + word + ".",
        member.findElement(By.id("pitch-en")).getAttribute("value"));
    HeadlessChromium.screenshot(member, "members-edit-stale-en");
    SitePages.open(member, profile, By.id("member-name"));
    assertEquals(
        "Corrected by staff for " + word + ".",
        member.findElement(By.id("member-pitch")).getText());
  }

  @Test
  void anUnknownProfile_isThePageNotFound_andABrokenSearchSaysSoInTheVisitorsLanguage() {
    ChromeDriver visitor = browser("fr");
    SitePages.open(visitor, site() + "/fr/members/" + MemberSteps.uniqueWord(), SitePages.ANY_PAGE);
    assertTrue(visitor.findElements(By.id("member-name")).isEmpty());
    assertEquals("fr", SitePages.pageLanguage(visitor));

    SitePages.open(visitor, site() + "/fr/members?sector=no-such", By.id("search-invalid"));
    assertTrue(visitor.findElement(By.id("search-invalid")).getText().contains("« sector »"));
    assertFalse(visitor.findElements(By.id("results")).isEmpty());
  }

  private static String canonicalPath(ChromeDriver browser) {
    return browser
        .findElement(By.cssSelector("link[rel='canonical']"))
        .getAttribute("href")
        .replaceFirst("^https?://[^/]+", "");
  }
}
