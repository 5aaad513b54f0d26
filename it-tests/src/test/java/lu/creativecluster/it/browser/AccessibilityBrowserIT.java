package lu.creativecluster.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lu.creativecluster.it.support.Accessibility;
import lu.creativecluster.it.support.Credentials;
import lu.creativecluster.it.support.HeadlessChromium;
import lu.creativecluster.it.support.InquirySteps;
import lu.creativecluster.it.support.MemberSteps;
import lu.creativecluster.it.support.PlatformDeployment;
import lu.creativecluster.it.support.SitePages;
import lu.creativecluster.it.support.TestAccounts;
import lu.creativecluster.it.support.TestAdmin;
import lu.creativecluster.it.support.TestMailbox;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page the browser tests visit, in each language, as visitor, admin and member: declares the
 * language, has no axe-core violation (checked in German; at phone width for one page of each
 * layout), does not scroll sideways on a phone (390 px), and is saved as a screenshot at desktop
 * and phone width (target/screenshots/a11y-…) for a person to look at.
 */
class AccessibilityBrowserIT extends PlatformDeployment {

  /**
   * axe's rules read the markup and the styles, which are the same in every language (the bundles'
   * completeness is MessageBundlesTest's); what a language changes is the length of its words,
   * which only the layout feels. So axe runs on every page in one language, German, whose long
   * words strain a layout most, at desktop and phone width; every language is checked for its
   * declared language and for sideways scrolling on a phone, and saved as screenshots.
   */
  private static final String AXE_LANGUAGE = "de";

  /**
   * axe at phone width finds what the narrow layout changes: the folded navigation (on every page,
   * so the home page stands for it), stacked forms with their errors, the facets, tables, charts
   * and profile. One page of each such layout is checked there, every page at desktop width; each
   * axe run costs about a second, and the full double pass was a tenth of the test command.
   */
  private static final Set<String> AXE_AT_PHONE_WIDTH =
      Set.of(
          "home",
          "members",
          "member-apply-errors",
          "member-profile",
          "inquiry-new-errors",
          "impact",
          "missions",
          "staff-inquiries",
          "staff-area",
          "mission-edit-errors",
          "set-password");

  private static final int DESKTOP_HEIGHT = 1000;

  @ArquillianResource URL base;

  private ChromeDriver browser;
  private String lang;

  /** Every page is checked before the test fails, so one run lists all that needs fixing. */
  private final List<String> failures = new ArrayList<>();

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private String page(String path) {
    return base.toString().replaceFirst("/$", "") + "/" + lang + path;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"de", "fr", "en"})
  void everyPage_hasNoAxeViolation_onDesktopAndPhone(String language) {
    lang = language;
    browser = HeadlessChromium.start(lang);
    // The desktop size every check starts from and returns to.
    HeadlessChromium.resize(browser, HeadlessChromium.DESKTOP, DESKTOP_HEIGHT);
    if (lang.equals(AXE_LANGUAGE)) {
      Accessibility.preload(browser);
    }

    // A visitor.
    check("home", page("/"), SitePages.ANY_PAGE);
    check("sectors", page("/sectors"), By.cssSelector("main article"));
    check("sign-in", page("/sign-in"), By.id("sign-in"));
    check("forgot-password", page("/forgot-password"), By.id("send-link"));
    SitePages.requestPasswordReset(browser, base(), lang, TestAccounts.newAddress("a11y-nobody"));
    checkShown("forgot-password-sent");
    check("set-password-without-link", page("/set-password"), SitePages.ANY_PAGE);
    check("not-found", page("/no-such-page"), SitePages.ANY_PAGE);

    // Issue 10: the cooperation pages (CooperationPagesIT looks at them with known data; here they
    // hold whatever the deployment has, so the partners page is awaited as any page).
    check("partners", page("/partners"), SitePages.ANY_PAGE);
    check("missions", page("/missions"), By.id("upcoming-heading"));
    check("export-overview", page("/export"), By.id("markets-heading"));
    // Issue 11: the impact dashboard with its server-drawn charts, and the projects.
    check("impact", page("/impact"), By.cssSelector("svg#projects-chart rect"));
    check("projects", page("/projects"), By.id("public-projects-heading"));

    // Issue 8: the member directory, the application form with its errors, and its answer.
    check("members", page("/members"), By.id("results"));
    check("members-invalid-search", page("/members?page=x"), By.id("search-invalid"));
    check("member-apply", page("/members/apply"), By.id("apply"));
    SitePages.submit(browser, By.id("apply"), By.id("apply"));
    checkShown("member-apply-errors");
    String applicant = MemberSteps.nameWith(MemberSteps.uniqueWord());
    MemberSteps.submitApplication(
        browser, applicant, TestAccounts.newAddress("a11y-applicant"), "accessible");
    checkShown("member-apply-received");

    // Issue 9: the inquiry form with its errors and its answer, the tracking and reply pages.
    check("inquiry-new", page("/inquiries/new"), By.id("send-inquiry"));
    InquirySteps.submit(browser, By.id("send-inquiry"), By.id("send-inquiry"));
    checkShown("inquiry-new-errors");
    InquirySteps.fill(browser, "A11y " + lang, TestAccounts.newAddress("a11y-asker"), "accessible");
    InquirySteps.submit(browser, By.id("send-inquiry"), By.id("inquiry-received"));
    checkShown("inquiry-new-received");
    String tracking = browser.findElement(By.id("tracking-link")).getAttribute("href");
    check("inquiry-track", tracking, By.id("inquiry-status"));
    check(
        "inquiry-reply-unknown", page("/inquiries/reply?token=unknown"), By.id("inquiry-unknown"));

    // The admin, who invites someone in this language.
    SitePages.signIn(browser, base(), lang, TestAdmin.credentials());
    SitePages.awaitSignedIn(browser);
    check("staff-area", page("/staff/"), By.id("accounts"));
    check("audit-log", page("/staff/audit"), By.id("audit-log"));
    // Issue 9: the staff inbox, one inquiry and the figures (before the member steps, which read
    // the staff members page).
    check("staff-inquiries", page("/staff/inquiries?q=accessible"), By.id("inquiries"));
    String inquiry = browser.findElement(By.cssSelector("a.inquiry-link")).getAttribute("href");
    check("staff-inquiry", inquiry, By.id("inquiry-history"));
    check("staff-inquiry-figures", page("/staff/inquiry-figures"), By.id("figures-topic"));
    check("staff-mail-texts", page("/staff/mail-texts?kind=forwarded"), By.id("mail-text-form"));
    // Issue 10, staff side: the partner network and the mission form, with its errors.
    check("staff-partners", page("/staff/partners"), By.id("save-partner"));
    check("mission-edit", page("/staff/mission-edit"), By.id("save-mission"));
    SitePages.submit(browser, By.id("save-mission"), By.id("save-mission"));
    checkShown("mission-edit-errors");
    // Issue 11: staff's projects page with its form, and the dashboard with every figure.
    check("staff-projects", page("/staff/projects"), By.id("project-form"));
    check("impact-staff", page("/impact"), By.id("impact-projects-heading"));
    check("staff-members", page("/staff/members"), By.id("applications-heading"));
    String profile = MemberSteps.applicationProfileHref(browser, applicant);
    MemberSteps.approve(browser, base(), lang, applicant);
    checkShown("staff-members-approved");
    check("member-profile", profile, By.id("member-name"));
    check("member-edit", profile + "/edit", By.id("save-profile"));
    Credentials invitee =
        new Credentials(TestAccounts.newAddress("a11y-" + lang), TestAccounts.newPassword());
    int mailsBefore = TestMailbox.count(invitee.email());
    SitePages.invite(browser, base(), lang, invitee.email(), "A11y " + lang, "member");
    SitePages.awaitMessage(browser);
    checkShown("staff-area-invited");

    // The invited member: the set-password form, its answer, and a staff page refused.
    String link = TestMailbox.setPasswordLink(TestMailbox.awaitNext(invitee.email(), mailsBefore));
    browser.manage().deleteAllCookies();
    check("set-password", link, By.id("save-password"));
    SitePages.setPassword(browser, link, invitee.password());
    checkShown("password-set");
    SitePages.signIn(browser, base(), lang, invitee);
    SitePages.awaitSignedIn(browser);
    check("forbidden", page("/staff/"), SitePages.ANY_PAGE);

    assertTrue(failures.isEmpty(), String.join("\n\n", failures));
  }

  private String base() {
    return base.toString().replaceFirst("/$", "");
  }

  /** Opens a page and checks it. */
  private void check(String name, String url, By expected) {
    SitePages.open(browser, url, expected);
    checkShown(name);
  }

  /**
   * Checks the page the browser shows at both widths. The phone width is a viewport of that size
   * (HeadlessChromium.viewport), which re-lays the page out without a new document, so nothing
   * needs to be found again. The window is at desktop size when this starts (set after the start)
   * and the viewport is put back to it at the end.
   */
  private void checkShown(String name) {
    String shownIn = SitePages.pageLanguage(browser);
    if (!lang.equals(shownIn)) {
      failures.add(name + " is in '" + shownIn + "', not " + lang + ": " + browser.getCurrentUrl());
    }
    if (lang.equals(AXE_LANGUAGE)) {
      record(Accessibility.violations(browser, name + " (" + lang + ", desktop)"));
    }
    HeadlessChromium.screenshot(browser, "a11y-" + name + "-" + lang + "-desktop");
    HeadlessChromium.viewport(browser, HeadlessChromium.PHONE, 1400);
    if (lang.equals(AXE_LANGUAGE) && AXE_AT_PHONE_WIDTH.contains(name)) {
      record(Accessibility.violations(browser, name + " (" + lang + ", phone)"));
    }
    if (scrollsSideways()) {
      failures.add(
          name
              + " ("
              + lang
              + ") scrolls sideways on a phone: "
              + browser.getCurrentUrl()
              + "; too wide: "
              + tooWide());
    }
    HeadlessChromium.screenshot(browser, "a11y-" + name + "-" + lang + "-phone");
    HeadlessChromium.endViewport(browser);
  }

  private boolean scrollsSideways() {
    return Boolean.TRUE.equals(
        browser.executeScript(
            "return document.documentElement.scrollWidth > document.documentElement.clientWidth"));
  }

  /**
   * The innermost elements that reach beyond the phone's width (outside any region that scrolls on
   * its own), so the failure names what to fix.
   */
  private String tooWide() {
    return String.valueOf(
        browser.executeScript(
            "const width = document.documentElement.clientWidth;"
                + "const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) {"
                + "  if (getComputedStyle(p).overflowX !== 'visible') return true; } return false; };"
                + "const wide = [...document.body.querySelectorAll('*')]"
                + "  .filter(e => e.getBoundingClientRect().right > width + 1 && !scrolls(e));"
                + "return wide.filter(e => !wide.some(o => o !== e && e.contains(o))).slice(0, 5)"
                + "  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + "    + (e.className && typeof e.className === 'string' ? '.' + e.className.trim()"
                + "      .replace(/\\s+/g, '.') : '')"
                + "    + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)').join(', ');"));
  }

  private void record(String violations) {
    if (!violations.isEmpty()) {
      failures.add(violations);
    }
  }
}
