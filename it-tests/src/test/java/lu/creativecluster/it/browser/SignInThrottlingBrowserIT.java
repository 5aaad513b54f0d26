package lu.creativecluster.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import lu.creativecluster.it.support.Credentials;
import lu.creativecluster.it.support.HeadlessChromium;
import lu.creativecluster.it.support.PlatformDeployment;
import lu.creativecluster.it.support.SitePages;
import lu.creativecluster.it.support.TestAccounts;
import lu.creativecluster.it.support.Texts;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Brute force from one address is slowed: after cluster.sign-in.address.max-failures failed
 * sign-ins within the window (8 in 30 s on the test server), every sign-in from that address is
 * refused with the throttling message, even with the right password, until the oldest of those
 * failures has left the window. The test waits for that moment, no longer: the failures after it
 * expire within the window too, and this class runs last (DeploymentOrder), so no browser test
 * signs in from this address while they count.
 */
class SignInThrottlingBrowserIT extends PlatformDeployment {

  private static final int MAX_FAILURES = Integer.getInteger("it.sign-in.address.max-failures", 8);
  private static final Duration WINDOW =
      Duration.parse(System.getProperty("it.sign-in.address.window", "PT10S"));

  private static final String REFUSED = "signIn.error.invalid";
  private static final String THROTTLED = "signIn.error.tooManyAttempts";

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

  @Test
  void repeatedFailedSignIns_areThrottled_evenWithTheRightPassword_untilTheWindowHasPassed() {
    Credentials member = TestAccounts.member(site());
    browser = HeadlessChromium.start("en");

    // Other classes' failed sign-ins from this address may still count (the WAR stays deployed
    // through the run). Were they to make up part of the throttle, it would lift when they leave
    // the window, possibly before the right password is tried below; so they leave it first, and
    // every failure the throttle counts is this loop's.
    pauseUntil(Instant.now().plus(WINDOW).plusSeconds(1));
    String throttled = null;
    // The throttle lifts when the oldest failure it counts leaves the window. It counts only the
    // last MAX_FAILURES failures, which include every failure of this loop, so the oldest is at the
    // latest this loop's first, recorded before the first answer arrives.
    Instant firstAnswer = null;
    for (int attempt = 1; attempt <= MAX_FAILURES + 2 && throttled == null; attempt++) {
      SitePages.signIn(browser, site(), "en", stranger());
      String message = SitePages.awaitMessage(browser);
      if (firstAnswer == null) {
        firstAnswer = Instant.now();
      }
      String key = Texts.assertTranslated("en", message);
      if (key.equals(THROTTLED)) {
        throttled = message;
      } else {
        assertEquals(REFUSED, key, message);
      }
    }
    assertNotNull(throttled, "no throttling after " + (MAX_FAILURES + 2) + " failed sign-ins");
    HeadlessChromium.screenshot(browser, "sign-in-throttled-en");

    SitePages.signIn(browser, site(), "en", member);
    assertFalse(SitePages.isSignedIn(browser), "the right password does not get past the throttle");
    assertEquals(throttled, SitePages.awaitMessage(browser));

    // A throttled attempt is not counted as a failure, so the one above moved nothing.
    pauseUntil(firstAnswer.plus(WINDOW).plusSeconds(1));
    SitePages.signIn(browser, site(), "en", member);
    SitePages.awaitSignedIn(browser);
  }

  /** A different unknown address each time: the address, not an account, is throttled here. */
  private static Credentials stranger() {
    return new Credentials(TestAccounts.newAddress("stranger"), TestAccounts.newPassword());
  }

  private static void pauseUntil(Instant moment) {
    long millis = Duration.between(Instant.now(), moment).toMillis();
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
