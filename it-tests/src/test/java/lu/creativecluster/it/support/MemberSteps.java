package lu.creativecluster.it.support;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Browser steps of the member directory (issue 8): applying for membership and staff approving an
 * application. Like {@link SitePages}, every step waits for the page it leads to and finds elements
 * afresh in it.
 */
public final class MemberSteps {

  private MemberSteps() {}

  /** A made-up word no other test or demo member uses, so a search for it finds one member. */
  public static String uniqueWord() {
    StringBuilder word = new StringBuilder("zq");
    for (int i = 0; i < 8; i++) {
      word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return word.toString();
  }

  /** "Atelier Zqxyz…": a company name with the unique word in it. */
  public static String nameWith(String word) {
    return "Atelier " + word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  /** Opens the application form. */
  public static void openApplication(ChromeDriver browser, String site, String lang) {
    SitePages.open(browser, site + "/" + lang + "/members/apply", By.id("apply"));
  }

  /**
   * Fills the application form on the current page completely (a design and music company in
   * Esch-sur-Alzette, Luxembourg, texts in English only) and sends it.
   */
  public static void submitApplication(
      ChromeDriver browser, String name, String email, String keyword) {
    SitePages.type(browser, By.id("name"), name);
    new Select(browser.findElement(By.id("kind"))).selectByValue("company");
    new Select(browser.findElement(By.id("primary-sector"))).selectByValue("design");
    new Select(browser.findElement(By.id("second-sector"))).selectByValue("music");
    SitePages.type(browser, By.id("pitch-en"), "Ceramics and sound for " + keyword + " spaces.");
    SitePages.type(
        browser,
        By.id("description-en"),
        "We design tableware and sound installations.\nStudio in the south.");
    SitePages.type(browser, By.id("commune"), "Esch-sur-Alzette");
    new Select(browser.findElement(By.id("country"))).selectByValue("LU");
    SitePages.type(browser, By.id("keywords"), "ceramics, " + keyword);
    SitePages.type(browser, By.id("languages"), "lb, fr, en");
    SitePages.type(browser, By.id("markets-served"), "DE, BE");
    SitePages.type(browser, By.id("email"), email);
    tick(browser, By.id("show-email"));
    SitePages.submit(browser, By.id("apply"), By.id("application-received"));
  }

  /**
   * Ticks a checkbox, scrolled into view at once: the site scrolls smoothly, and a click during the
   * scroll lands on whatever passes under it.
   */
  public static void tick(ChromeDriver browser, By checkbox) {
    WebElement box = browser.findElement(checkbox);
    browser.executeScript(
        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", box);
    box.click();
  }

  /** Staff approve the application of {@code name} on the staff members page. */
  public static void approve(ChromeDriver browser, String site, String lang, String name) {
    SitePages.open(browser, site + "/" + lang + "/staff/members", By.id("applications-heading"));
    SitePages.submit(browser, applicationButton(name, "approve-button"), SitePages.ANY_PAGE);
  }

  /** A decision button of one application, found by the applicant's name. */
  public static By applicationButton(String name, String buttonClass) {
    return By.xpath(
        "//article[contains(@class,'application')][.//h3[normalize-space()='"
            + name
            + "']]//input[contains(@class,'"
            + buttonClass
            + "')]");
  }

  /** The profile path of the application of {@code name}, as the staff page links it. */
  public static String applicationProfileHref(ChromeDriver browser, String name) {
    return browser
        .findElement(
            By.xpath(
                "//article[contains(@class,'application')]//h3[normalize-space()='"
                    + name
                    + "']/a"))
        .getAttribute("href");
  }
}
