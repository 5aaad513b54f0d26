package lu.creativecluster.it.support;

import jakarta.mail.internet.MimeMessage;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Test infrastructure: the people the tests need, made the only way a production platform makes
 * them: the admin invites them in the staff area, the invitation arrives by mail, its link sets the
 * password. The database outlives each test class's deployment, so the shared member and staff
 * accounts are made once per run.
 */
public final class TestAccounts {

  public static final String DOMAIN = "@it.creativecluster.lu";
  private static final int PASSWORD_BYTES = 15;

  private static Credentials member;
  private static Credentials staff;

  private TestAccounts() {}

  /** A member shared by the tests that only sign in with it; never change its password. */
  public static synchronized Credentials member(String site) {
    if (member == null) {
      member = invite(site, "member");
    }
    return member;
  }

  /** A staff account (not admin) shared by the tests that only sign in with it. */
  public static synchronized Credentials staff(String site) {
    if (staff == null) {
      staff = invite(site, "staff");
    }
    return staff;
  }

  /** A new account of this role, invited by the admin, with its password set. */
  public static Credentials invite(String site, String role) {
    Credentials account = new Credentials(newAddress(role), newPassword());
    ChromeDriver browser = HeadlessChromium.start("en");
    try {
      SitePages.signIn(browser, site, "en", TestAdmin.credentials());
      SitePages.awaitSignedIn(browser);
      int before = TestMailbox.count(account.email());
      SitePages.invite(browser, site, "en", account.email(), "IT " + role, role);
      MimeMessage invitation = TestMailbox.awaitNext(account.email(), before);
      browser.manage().deleteAllCookies();
      SitePages.setPassword(browser, TestMailbox.setPasswordLink(invitation), account.password());
      return account;
    } finally {
      browser.quit();
    }
  }

  public static String newAddress(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + DOMAIN;
  }

  /** Long, random and within the password policy (12 to 128 characters). */
  public static String newPassword() {
    byte[] random = new byte[PASSWORD_BYTES];
    new SecureRandom().nextBytes(random);
    return "It-" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
