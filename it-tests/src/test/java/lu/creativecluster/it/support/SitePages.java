package lu.creativecluster.it.support;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Test infrastructure: what a person does on the identity pages, by the element ids the pages
 * promise (#email, #password, #sign-in, #sign-out, #invite-…, #save-password, #send-link), so a
 * test reads as the person's steps.
 */
public final class SitePages {

  private static final Duration WAIT = Duration.ofSeconds(15);
  public static final String SESSION_COOKIE = "JSESSIONID";

  private SitePages() {}

  public static void signIn(ChromeDriver browser, String site, String lang, Credentials who) {
    browser.get(site + "/" + lang + "/sign-in");
    submitSignIn(browser, who);
  }

  /** Fills the sign-in form on the current page and sends it. */
  public static void submitSignIn(ChromeDriver browser, Credentials who) {
    type(browser, "email", who.email());
    type(browser, "password", who.password());
    submit(browser, "sign-in");
  }

  public static void awaitSignedIn(ChromeDriver browser) {
    new WebDriverWait(browser, WAIT)
        .withMessage(() -> "not signed in; the page says: " + messages(browser))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
  }

  public static boolean isSignedIn(ChromeDriver browser) {
    return !browser.findElements(By.id("sign-out")).isEmpty();
  }

  public static void signOut(ChromeDriver browser) {
    submit(browser, "sign-out");
  }

  /** Invites a person from the staff area; {@code role} is a role code (member, staff, admin). */
  public static void invite(
      ChromeDriver browser, String site, String lang, String email, String name, String role) {
    browser.get(site + "/" + lang + "/staff/");
    type(browser, "invite-email", email);
    type(browser, "invite-name", name);
    selectRole(new Select(browser.findElement(By.id("invite-role"))), role);
    submit(browser, "invite");
  }

  /**
   * Opens a one-time link and chooses a password with it, if the page still offers the form;
   * returns the page's messages (possibly none).
   */
  public static String setPassword(ChromeDriver browser, String link, String password) {
    browser.get(link);
    if (browser.findElements(By.id("password")).isEmpty()) {
      return messages(browser);
    }
    type(browser, "password", password);
    type(browser, "password-repeat", password);
    submit(browser, "save-password");
    return messages(browser);
  }

  public static String requestPasswordReset(
      ChromeDriver browser, String site, String lang, String email) {
    browser.get(site + "/" + lang + "/forgot-password");
    type(browser, "email", email);
    submit(browser, "send-link");
    return awaitMessage(browser);
  }

  /** The text of the page's feedback (elements with class "message"), once there is some. */
  public static String awaitMessage(ChromeDriver browser) {
    new WebDriverWait(browser, WAIT)
        .withMessage("no .message on " + browser.getCurrentUrl())
        .until(b -> !messages(browser).isBlank());
    return messages(browser);
  }

  /** Feedback shown as an error (role="alert"), empty when there is none. */
  public static String alerts(ChromeDriver browser) {
    return texts(browser.findElements(By.cssSelector(".message[role='alert']")));
  }

  public static String messages(ChromeDriver browser) {
    return texts(browser.findElements(By.cssSelector(".message")));
  }

  public static Cookie sessionCookie(ChromeDriver browser) {
    return browser.manage().getCookieNamed(SESSION_COOKIE);
  }

  /**
   * Whether the header offers the staff area, which only staff should even see (the language links
   * name the current page in other languages, so they do not count).
   */
  public static boolean offersStaffArea(ChromeDriver browser) {
    return !browser
        .findElements(By.cssSelector("header a[href*='/staff']:not([hreflang])"))
        .isEmpty();
  }

  static void type(ChromeDriver browser, String id, String text) {
    WebElement field =
        new WebDriverWait(browser, WAIT)
            .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    field.clear();
    field.sendKeys(text);
  }

  /** Clicks a submit button and waits until the answer has replaced the page. */
  static void submit(ChromeDriver browser, String id) {
    WebElement page = browser.findElement(By.tagName("html"));
    WebElement button = browser.findElement(By.id(id));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
    button.click();
    new WebDriverWait(browser, WAIT).until(ExpectedConditions.stalenessOf(page));
  }

  private static void selectRole(Select select, String role) {
    String code = role.toLowerCase(Locale.ROOT);
    for (WebElement option : select.getOptions()) {
      String value = String.valueOf(option.getAttribute("value")).toLowerCase(Locale.ROOT);
      if (value.equals(code) || value.endsWith(code)) {
        select.selectByValue(option.getAttribute("value"));
        return;
      }
    }
    throw new AssertionError(
        "no role option for "
            + role
            + " among "
            + select.getOptions().stream()
                .map(o -> o.getAttribute("value"))
                .collect(Collectors.joining(", ")));
  }

  private static String texts(List<WebElement> elements) {
    return elements.stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .filter(t -> !t.isBlank())
        .collect(Collectors.joining(" "))
        .strip();
  }
}
