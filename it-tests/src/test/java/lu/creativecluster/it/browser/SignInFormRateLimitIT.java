package lu.creativecluster.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.net.URL;
import java.util.Map;
import lu.creativecluster.it.support.ClientAddress;
import lu.creativecluster.it.support.FormReplay;
import lu.creativecluster.it.support.HeadlessChromium;
import lu.creativecluster.it.support.PlatformDeployment;
import lu.creativecluster.it.support.SitePages;
import lu.creativecluster.it.support.TestAccounts;
import lu.creativecluster.it.support.TestAdmin;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The public forms have a per-address rate limit (cluster.rate-limit.forms.permits per minute, 60
 * on the test server, more than the other tests ever send in a minute): a script that replays the
 * sign-in form is answered 429 with Retry-After.
 *
 * <p>The limit is per client address, so the replay comes from 127.0.0.2 (see ClientAddress): the
 * address it exhausts is nobody else's, and the browser tests, all from 127.0.0.1, are not held up
 * whichever order the classes run in. The test ends by showing just that.
 */
class SignInFormRateLimitIT extends PlatformDeployment {

  private static final int PERMITS = Integer.getInteger("it.forms.permits", 60);
  private static final String SCRIPT_ADDRESS = "127.0.0.2";

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
  void signInPostsBeyondTheFormsLimit_areAnswered429WithRetryAfter() {
    browser = HeadlessChromium.start("en");
    SitePages.open(browser, site() + "/en/sign-in", By.id("sign-in"));
    FormReplay form = FormReplay.of(browser, "email", "sign-in");

    for (int post = 1; post <= PERMITS; post++) {
      assertNotEquals(
          429, attempt(form).statusCode(), "post " + post + " of " + PERMITS + " is within");
    }
    Response refused = firstRefusal(form);
    assertEquals(429, refused.statusCode());
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter + " s");

    SitePages.signIn(browser, site(), "en", TestAdmin.credentials());
    SitePages.awaitSignedIn(browser);
  }

  private static Response attempt(FormReplay form) {
    return form.post(
        ClientAddress.from(SCRIPT_ADDRESS),
        Map.of("email", TestAccounts.newAddress("script"), "password", TestAccounts.newPassword()));
  }

  /** A limit kept in fixed windows may renew during the loop; then it refuses a little later. */
  private static Response firstRefusal(FormReplay form) {
    for (int post = 0; post < PERMITS; post++) {
      Response answer = attempt(form);
      if (answer.statusCode() == 429) {
        return answer;
      }
    }
    throw new AssertionError("no 429 after " + 2 * PERMITS + " sign-in posts from one address");
  }
}
