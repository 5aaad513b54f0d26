package lu.creativecluster.it.account;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import lu.creativecluster.it.support.Credentials;
import lu.creativecluster.it.support.PlatformDeployment;
import lu.creativecluster.it.support.TestAccounts;
import lu.creativecluster.it.support.TestAdmin;
import lu.creativecluster.it.support.TestMailbox;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * A password reset ends the account's other sessions: two cookie jars signed in as the same staff
 * member; one of them uses a reset link and sets a new password; that one stays signed in, the
 * other is a visitor at its next request (sent to sign in from the staff area). Everything over
 * HTTP, the account made as production makes it (invited by the admin, password set through the
 * mailed link).
 */
class SessionsEndAfterPasswordResetIT extends PlatformDeployment {

  @ArquillianResource URL base;

  private String site() {
    return base.toString().replaceFirst("/$", "");
  }

  private HttpVisitor visitor() {
    return new HttpVisitor(site(), "127.0.0.62");
  }

  @Test
  void aPasswordReset_endsTheOtherSessions_keepsTheOneThatSetIt_andTheOldPasswordStopsWorking() {
    Credentials staff = invitedStaff();
    HttpVisitor phone = signedIn(staff);
    HttpVisitor laptop = signedIn(staff);
    assertEquals(200, phone.get("/en/staff/").statusCode());
    assertEquals(200, laptop.get("/en/staff/").statusCode());

    String newPassword = TestAccounts.newPassword();
    int before = TestMailbox.count(staff.email());
    visitor()
        .submit(
            "/en/forgot-password",
            "forgot-password-form",
            "send-link",
            Map.of("email", staff.email()))
        .then()
        .statusCode(200);
    MimeMessage reset = TestMailbox.awaitNext(staff.email(), before);
    // On the laptop's own origin, so the link opens in its signed-in session (the mail names the
    // public URL, localhost, while the test reaches the server by its address).
    setPassword(laptop, onSite(TestMailbox.setPasswordLink(reset)), newPassword);

    assertEquals(200, laptop.get("/en/staff/").statusCode(), "the session that set it goes on");
    assertSentToSignIn(phone.get("/en/staff/"));
    assertSentToSignIn(phone.get("/en/staff/"));
    signIn(visitor(), staff)
        .then()
        .statusCode(200)
        .body(containsString("Invalid e-mail or password."));
    assertEquals(
        200, signedIn(new Credentials(staff.email(), newPassword)).get("/en/staff/").statusCode());
  }

  private Credentials invitedStaff() {
    Credentials account =
        new Credentials(TestAccounts.newAddress("sessions"), TestAccounts.newPassword());
    HttpVisitor admin = signedIn(TestAdmin.credentials());
    int before = TestMailbox.count(account.email());
    admin
        .submit(
            "/en/staff/",
            "invite-form",
            "invite",
            Map.of(
                "invite-email", account.email(),
                "invite-name", "IT sessions",
                "invite-role", "staff",
                "invite-language", "en"))
        .then()
        .statusCode(200);
    MimeMessage invitation = TestMailbox.awaitNext(account.email(), before);
    setPassword(visitor(), TestMailbox.setPasswordLink(invitation), account.password());
    return account;
  }

  private String onSite(String link) {
    URI uri = URI.create(link);
    return site() + uri.getRawPath() + "?" + uri.getRawQuery();
  }

  private static void setPassword(HttpVisitor who, String link, String password) {
    // The page holds the link's secret in its URL: never kept by a browser or proxy cache.
    who.get(link).then().statusCode(200).header("Cache-Control", containsString("no-store"));
    who.submit(
            link,
            "set-password-form",
            "save-password",
            Map.of("password", password, "password-repeat", password))
        .then()
        .statusCode(200)
        .body(containsString("id=\"sign-in-after-password\""));
  }

  private HttpVisitor signedIn(Credentials who) {
    HttpVisitor visitor = visitor();
    Response answer = signIn(visitor, who);
    assertTrue(
        answer.statusCode() == 302 || answer.statusCode() == 303,
        "sign-in of " + who.email() + " answered " + answer.statusCode());
    return visitor;
  }

  private static Response signIn(HttpVisitor visitor, Credentials who) {
    return visitor.submit(
        "/en/sign-in",
        "sign-in-form",
        "sign-in",
        Map.of("email", who.email(), "password", who.password()));
  }

  private static void assertSentToSignIn(Response answer) {
    assertTrue(
        answer.statusCode() == 302 || answer.statusCode() == 303,
        "a visitor is sent to sign in, not " + answer.statusCode());
    assertTrue(answer.header("Location").contains("/sign-in"), answer.header("Location"));
  }
}
