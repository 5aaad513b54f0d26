package lu.creativecluster.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lu.creativecluster.it.account.HttpVisitor;

/**
 * Test infrastructure: the people the tests need, made the only way a production platform makes
 * them: the admin invites them in the staff area, the invitation arrives by mail, its link sets the
 * password. The database outlives each test class's deployment, so the shared member and staff
 * accounts are made once per run.
 */
public final class TestAccounts {

  public static final String DOMAIN = "@it.creativecluster.lu";
  private static final int PASSWORD_BYTES = 15;

  /** Where {@link #invite} signs the admin in from, so no other test's counters change. */
  private static final String INVITING_ADDRESS = "127.0.0.95";

  private static Credentials member;
  private static Credentials staff;

  /**
   * The admin as signed in by the first invitation, kept for the next ones: each sign-in hashes the
   * password (PBKDF2, hundreds of thousands of rounds) on the server's two cores, and the sign-in
   * form itself is the browser tests' to test.
   */
  private static HttpVisitor admin;

  private static String adminSite;

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

  /**
   * A new account of this role, invited by the admin, with its password set: the staff area's
   * invitation form and the mailed link's form, sent over plain HTTP from an address of their own
   * (AccountLifecycleBrowserIT and AccessibilityBrowserIT take these steps in the browser; a
   * browser started for a fixture cost seconds each time).
   */
  public static Credentials invite(String site, String role) {
    Credentials account = new Credentials(newAddress(role), newPassword());
    HttpVisitor admin = signedInAdmin(site);
    int before = TestMailbox.count(account.email());
    Response invited =
        admin.submit(
            "/en/staff/",
            "invite-form",
            "invite",
            Map.of(
                "invite-email",
                account.email(),
                "invite-name",
                "IT " + role,
                "invite-role",
                role.toLowerCase(Locale.ROOT),
                "invite-language",
                "en"));
    assertTrue(invited.statusCode() == 200, "the invitation answered " + invited.statusCode());
    MimeMessage invitation = TestMailbox.awaitNext(account.email(), before);
    Response set =
        new HttpVisitor(site, INVITING_ADDRESS)
            .submit(
                TestMailbox.setPasswordLink(invitation),
                "set-password-form",
                "save-password",
                Map.of("password", account.password(), "password-repeat", account.password()));
    assertTrue(
        set.statusCode() == 200 && set.asString().contains("id=\"sign-in-after-password\""),
        "setting the password answered " + set.statusCode());
    return account;
  }

  /**
   * The admin's visitor, signed in; signed in again only when the kept session no longer opens the
   * staff area (it timed out, or the WAR was redeployed, say).
   */
  private static synchronized HttpVisitor signedInAdmin(String site) {
    if (admin != null && site.equals(adminSite) && admin.get("/en/staff/").statusCode() == 200) {
      return admin;
    }
    HttpVisitor visitor = new HttpVisitor(site, INVITING_ADDRESS);
    Credentials by = TestAdmin.credentials();
    assertRedirected(
        visitor.submit(
            "/en/sign-in",
            "sign-in-form",
            "sign-in",
            Map.of("email", by.email(), "password", by.password())),
        "the admin signs in");
    admin = visitor;
    adminSite = site;
    return admin;
  }

  private static void assertRedirected(Response answer, String what) {
    assertTrue(
        answer.statusCode() == 302 || answer.statusCode() == 303,
        what + ": answered " + answer.statusCode());
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
