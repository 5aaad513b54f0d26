package lu.creativecluster.it.support;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Test infrastructure: what a person does on the site's pages, by the element ids the pages promise
 * (#email, #password, #sign-in, #sign-out, #invite-…, #save-password, #send-link), so a test reads
 * as the person's steps.
 *
 * <p>Every step that leaves the current page (opening a URL, following a link, a Faces postback)
 * goes through {@link #navigate}, which returns only once the new document has replaced the old
 * one, is completely loaded and shows what the step expects. No element handle is kept across such
 * a step: helpers take locators and find the element afresh in the settled page, because a handle
 * from the previous document is exactly what newer Chromium refuses ("Node with given id does not
 * belong to the document").
 */
public final class SitePages {

  /** Generous: a sign-in hashes a password, and the server shares 2 cores with the browser. */
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** What every page of the site has once rendered: its one heading, inside main. */
  public static final By ANY_PAGE = By.cssSelector("main h1");

  public static final String SESSION_COOKIE = "JSESSIONID";

  /**
   * How often a wait looks again. Selenium's default, 500 ms, let each step idle up to half a
   * second after its page was there, and the browser tests take hundreds of steps.
   */
  private static final Duration POLL = Duration.ofMillis(50);

  private SitePages() {}

  private static WebDriverWait waiting(ChromeDriver browser) {
    WebDriverWait wait = new WebDriverWait(browser, WAIT);
    wait.pollingEvery(POLL);
    return wait;
  }

  // ---- Navigation: the one way the browser leaves a page ----

  /** Opens a URL and waits for a page of the site. */
  public static void open(ChromeDriver browser, String url) {
    open(browser, url, ANY_PAGE);
  }

  /**
   * Opens a URL and waits until the page shows {@code expected}. If Chromium answers with its own
   * network-error page (a dropped loopback connection on a loaded machine), the GET is repeated
   * once, so such a hiccup is not taken for the platform's answer; the waiting does not rely on it.
   */
  public static void open(ChromeDriver browser, String url, By expected) {
    navigate(browser, () -> browser.get(url), expected, true);
  }

  /** Reloads the current page (after a resize, say) and waits for it. */
  public static void reload(ChromeDriver browser, By expected) {
    navigate(browser, () -> browser.navigate().refresh(), expected, true);
  }

  /** Follows a link of the current page and waits until the new page shows {@code expected}. */
  public static void follow(ChromeDriver browser, By link, By expected) {
    navigate(browser, () -> click(browser, link), expected, false);
  }

  /** Clicks a submit button (a Faces postback) and waits until its answer is the page. */
  public static void submit(ChromeDriver browser, By button, By expected) {
    navigate(browser, () -> click(browser, button), expected, false);
  }

  /**
   * Remembers the current document's root, performs {@code action}, then waits until that root is
   * gone, the new document is completely loaded and {@code expected} is in it. A postback is never
   * repeated: only a GET ({@code mayRepeat}) is tried again after Chromium's error page.
   */
  private static void navigate(
      ChromeDriver browser, Runnable action, By expected, boolean mayRepeat) {
    WebElement before = browser.findElement(By.tagName("html"));
    action.run();
    boolean loaded = awaitNewPage(browser, before, expected);
    if (mayRepeat && !loaded) {
      before = browser.findElement(By.tagName("html"));
      action.run();
      loaded = awaitNewPage(browser, before, expected);
    }
    if (!loaded) {
      throw new AssertionError("Chromium could not load the page: " + browser.getCurrentUrl());
    }
  }

  /**
   * Waits for the new document; true once it shows {@code expected}, false if it is Chromium's
   * error page (asked once: every call to the browser is a round trip, and a test navigates
   * hundreds of times).
   */
  private static boolean awaitNewPage(ChromeDriver browser, WebElement before, By expected) {
    WebDriverWait wait = waiting(browser);
    wait.withMessage(() -> "the page was not replaced; still at " + browser.getCurrentUrl())
        .until(replaced(before));
    wait.withMessage(() -> "the page did not finish loading: " + browser.getCurrentUrl())
        .until(b -> "complete".equals(browser.executeScript("return document.readyState")));
    if (isChromiumErrorPage(browser)) {
      return false;
    }
    wait.withMessage(
            () ->
                expected
                    + " is not on the page at "
                    + browser.getCurrentUrl()
                    + " titled '"
                    + browser.getTitle()
                    + "'; it says: "
                    + messages(browser))
        .until(ExpectedConditions.presenceOfElementLocated(expected));
    return true;
  }

  /**
   * The old root is stale. Chromium reports a node of a replaced document either as a stale element
   * or, since about version 115 and sometimes, as an "unknown error" from its inspector ("Node with
   * given id does not belong to the document"); both mean the same here.
   */
  private static ExpectedCondition<Boolean> replaced(WebElement before) {
    return browser -> {
      try {
        before.getTagName();
        return false;
      } catch (StaleElementReferenceException | NoSuchElementException gone) {
        return true;
      } catch (WebDriverException e) {
        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
          return true;
        }
        throw e;
      }
    };
  }

  private static boolean isChromiumErrorPage(ChromeDriver browser) {
    return String.valueOf(browser.getCurrentUrl()).startsWith("chrome-error:");
  }

  // ---- Filling forms, by locator, in the settled page ----

  /** Replaces the text of a field. */
  public static void type(ChromeDriver browser, By field, String text) {
    WebElement input = await(browser, field);
    input.clear();
    input.sendKeys(text);
  }

  static void type(ChromeDriver browser, String id, String text) {
    type(browser, By.id(id), text);
  }

  /** Clicks what {@code target} finds, scrolled to the middle so no sticky part covers it. */
  private static void click(ChromeDriver browser, By target) {
    WebElement element = await(browser, target);
    // Instantly: the site scrolls smoothly, and a click during the scroll lands elsewhere.
    browser.executeScript(
        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    element.click();
  }

  private static WebElement await(ChromeDriver browser, By locator) {
    return waiting(browser)
        .withMessage(() -> locator + " is not on " + browser.getCurrentUrl())
        .until(ExpectedConditions.presenceOfElementLocated(locator));
  }

  // ---- A person's steps ----

  public static void signIn(ChromeDriver browser, String site, String lang, Credentials who) {
    open(browser, site + "/" + lang + "/sign-in", By.id("sign-in"));
    submitSignIn(browser, who);
  }

  /** Fills the sign-in form on the current page and sends it. */
  public static void submitSignIn(ChromeDriver browser, Credentials who) {
    type(browser, "email", who.email());
    type(browser, "password", who.password());
    submit(browser, By.id("sign-in"), ANY_PAGE);
  }

  public static void awaitSignedIn(ChromeDriver browser) {
    waiting(browser)
        .withMessage(() -> "not signed in; the page says: " + messages(browser))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
  }

  public static boolean isSignedIn(ChromeDriver browser) {
    return !browser.findElements(By.id("sign-out")).isEmpty();
  }

  public static void signOut(ChromeDriver browser) {
    submit(browser, By.id("sign-out"), ANY_PAGE);
  }

  /** Invites a person from the staff area; {@code role} is a role code (member, staff, admin). */
  public static void invite(
      ChromeDriver browser, String site, String lang, String email, String name, String role) {
    open(browser, site + "/" + lang + "/staff/", By.id("invite"));
    type(browser, "invite-email", email);
    type(browser, "invite-name", name);
    selectRole(browser, role);
    submit(browser, By.id("invite"), ANY_PAGE);
  }

  /**
   * Opens a one-time link and chooses a password with it, if the page still offers the form;
   * returns the page's messages (possibly none).
   */
  public static String setPassword(ChromeDriver browser, String link, String password) {
    open(browser, link);
    if (browser.findElements(By.id("password")).isEmpty()) {
      return messages(browser);
    }
    type(browser, "password", password);
    type(browser, "password-repeat", password);
    submit(browser, By.id("save-password"), ANY_PAGE);
    return messages(browser);
  }

  public static String requestPasswordReset(
      ChromeDriver browser, String site, String lang, String email) {
    open(browser, site + "/" + lang + "/forgot-password", By.id("send-link"));
    type(browser, "email", email);
    submit(browser, By.id("send-link"), ANY_PAGE);
    return awaitMessage(browser);
  }

  // ---- Reading the page ----

  /** The text of the page's feedback (elements with class "message"), once there is some. */
  public static String awaitMessage(ChromeDriver browser) {
    waiting(browser)
        .withMessage(() -> "no .message on " + browser.getCurrentUrl())
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

  /** The language the page declares on its root element. */
  public static String pageLanguage(ChromeDriver browser) {
    // One call to the browser instead of two (find the root, then read it).
    return (String) browser.executeScript("return document.documentElement.getAttribute('lang')");
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

  private static void selectRole(ChromeDriver browser, String role) {
    Select select = new Select(await(browser, By.id("invite-role")));
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
