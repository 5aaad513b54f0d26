package lu.creativecluster.it.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lu.creativecluster.it.support.PlatformDeployment;
import lu.creativecluster.it.support.SitePages;
import lu.creativecluster.it.support.TestAccounts;
import lu.creativecluster.it.support.TestAdmin;
import lu.creativecluster.it.support.TestMailServer;
import lu.creativecluster.it.support.TestMailbox;
import lu.creativecluster.it.support.TestMembers;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * An inquiry's way through the API with real mail over SMTP: a visitor submits, gets the
 * confirmation with the tracking link; staff triage and forward; the recipient gets the inquiry
 * with its private link and answers through it; the asker gets the answer and sees it by the
 * tracking token; staff close it and the recipient link stops working. A mail server that is down
 * delays the confirmation but loses none and sends none twice. Refused submissions name the field
 * and store nothing.
 */
class InquiryApiIT extends PlatformDeployment {

  private static final Pattern TRACK_LINK =
      Pattern.compile("https?://[^\\s\"'<>]+/inquiries/track\\?token=([A-Za-z0-9_-]+)");
  private static final Pattern REPLY_LINK =
      Pattern.compile("https?://[^\\s\"'<>]+/inquiries/reply\\?token=([A-Za-z0-9_-]+)");

  private static String staffSession;
  private static String adminSession;

  @ArquillianResource URL base;

  private String site() {
    return base.toString().replaceFirst("/$", "");
  }

  private String api(String path) {
    return site() + "/api/v1" + path;
  }

  private synchronized String staff() {
    if (staffSession == null) {
      staffSession = TestMembers.session(site(), TestAccounts.staff(site()));
    }
    return staffSession;
  }

  private synchronized String admin() {
    if (adminSession == null) {
      adminSession = TestMembers.session(site(), TestAdmin.credentials());
    }
    return adminSession;
  }

  private static RequestSpecification as(String session) {
    return given().cookie(SitePages.SESSION_COOKIE, session).contentType("application/json");
  }

  private static Map<String, Object> submission(String word, String email) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", "question");
    body.put("topic", "intellectual-property");
    body.put("sector", "design");
    body.put("message", "How do I register a trademark for my studio? " + word);
    body.put("name", "Ana Integration");
    body.put("email", email);
    body.put("organisation", "Studio " + word);
    body.put("language", "en");
    body.put("consent", true);
    return body;
  }

  /** Submits through the API; the tracking token of the new inquiry. */
  private String submitted(String word, String email) {
    return given()
        .contentType("application/json")
        .body(submission(word, email))
        .post(api("/inquiries"))
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("trackingToken");
  }

  private static String token(MimeMessage mail, Pattern link) {
    String text = TestMailbox.text(mail);
    Matcher matcher = link.matcher(text);
    assertTrue(matcher.find(), () -> "no link " + link + " in:\n" + text);
    return matcher.group(1);
  }

  private long inboxCount(String word) {
    return as(staff())
        .queryParam("q", word)
        .get(api("/staff/inquiries"))
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("page.totalItems");
  }

  @Test
  void submitTriageForwardAnswerClose_everyMailArrives_andTheLinksWork() {
    String word = "w" + UUID.randomUUID().toString().substring(0, 8);
    String asker = TestAccounts.newAddress("asker");
    String expert = TestAccounts.newAddress("expert");
    String recipientId = UUID.randomUUID().toString();
    Map<String, Object> recipient = new LinkedHashMap<>();
    recipient.put("kind", "institution");
    recipient.put("name", "IP Office " + word);
    recipient.put("email", expert);
    recipient.put("languages", new String[] {"en", "fr"});
    recipient.put("topics", new String[] {"intellectual-property"});
    as(staff())
        .body(recipient)
        .put(api("/staff/inquiry-recipients/" + recipientId))
        .then()
        .statusCode(403);
    as(admin())
        .body(recipient)
        .put(api("/staff/inquiry-recipients/" + recipientId))
        .then()
        .statusCode(200)
        .body("id", equalTo(recipientId));

    int askerMails = TestMailbox.count(asker);
    JsonPath submitted =
        given()
            .contentType("application/json")
            .body(submission(word, asker))
            .post(api("/inquiries"))
            .then()
            .statusCode(201)
            .header("Cache-Control", containsString("no-store"))
            .body("status", equalTo("received"))
            .extract()
            .jsonPath();
    String tracking = submitted.getString("trackingToken");
    assertEquals("/api/v1/inquiries/" + tracking, submitted.getString("tracking"));

    MimeMessage confirmation = TestMailbox.awaitNext(asker, askerMails);
    assertEquals(tracking, token(confirmation, TRACK_LINK), "the mail carries the same token");
    given()
        .get(api("/inquiries/" + tracking))
        .then()
        .statusCode(200)
        .body("status", equalTo("received"))
        .body("message", containsString(word))
        .body("answer", nullValue());

    given().get(api("/staff/inquiries")).then().statusCode(401);
    JsonPath inbox =
        as(staff())
            .queryParam("q", word)
            .queryParam("status", "received")
            .queryParam("topic", "intellectual-property")
            .get(api("/staff/inquiries"))
            .then()
            .statusCode(200)
            .body("page.totalItems", equalTo(1))
            .body("items[0].askerName", equalTo("Ana Integration"))
            .extract()
            .jsonPath();
    String id = inbox.getString("items[0].id");
    String inquiry = api("/staff/inquiries/" + id);

    as(staff())
        .body(Map.of("recipient", recipientId, "note", "the IP office knows"))
        .post(inquiry + "/triage")
        .then()
        .statusCode(200)
        .body("status", equalTo("triaged"))
        .body("recipient", equalTo(recipientId));
    int expertMails = TestMailbox.count(expert);
    as(staff())
        .body(Map.of("recipient", recipientId))
        .post(inquiry + "/forward")
        .then()
        .statusCode(200)
        .body("status", equalTo("forwarded"));
    as(staff())
        .queryParam("recipient", recipientId)
        .queryParam("status", "forwarded")
        .get(api("/staff/inquiries"))
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));

    MimeMessage forwarded = TestMailbox.awaitNext(expert, expertMails);
    assertTrue(TestMailbox.text(forwarded).contains(word), "the recipient reads the inquiry");
    String reply = token(forwarded, REPLY_LINK);
    given()
        .get(api("/inquiry-replies/" + reply))
        .then()
        .statusCode(200)
        .body("awaitingReply", equalTo(true))
        .body("askerName", equalTo("Ana Integration"))
        .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("askerEmail")));

    int askerMailsBeforeAnswer = TestMailbox.count(asker);
    given()
        .contentType("application/json")
        .body(Map.of("text", "File it with the Benelux office; we can help. " + word))
        .post(api("/inquiry-replies/" + reply + "/answer"))
        .then()
        .statusCode(200)
        .body("status", equalTo("answered"))
        .body("awaitingReply", equalTo(false));
    given()
        .contentType("application/json")
        .body(Map.of("text", "again"))
        .post(api("/inquiry-replies/" + reply + "/answer"))
        .then()
        .statusCode(409)
        .contentType("application/problem+json");

    MimeMessage answerMail = TestMailbox.awaitNext(asker, askerMailsBeforeAnswer);
    assertTrue(TestMailbox.text(answerMail).contains("Benelux office"), "the answer is mailed");
    given()
        .get(api("/inquiries/" + tracking))
        .then()
        .statusCode(200)
        .body("status", equalTo("answered"))
        .body("answer", containsString("Benelux office"));
    given()
        .contentType("application/json")
        .body(Map.of("message", "Thank you! " + word))
        .post(api("/inquiries/" + tracking + "/messages"))
        .then()
        .statusCode(200)
        .body("followUps[0].author", equalTo("asker"));

    as(staff())
        .body(Map.of("ids", new String[] {id}))
        .post(api("/staff/inquiries/close"))
        .then()
        .statusCode(200)
        .body("closed", hasItem(id));
    as(staff())
        .get(inquiry)
        .then()
        .statusCode(200)
        .body("status", equalTo("closed"))
        .body("history.kind", hasItem("forwarded"))
        .body("history.kind", hasItem("answered"));
    given().get(api("/inquiry-replies/" + reply)).then().statusCode(404);
    as(staff())
        // The period is at most three years: the last thirty days hold this inquiry.
        .queryParam("from", Instant.now().minus(Duration.ofDays(30)).toString())
        .get(api("/staff/inquiries/figures"))
        .then()
        .statusCode(200)
        .body("byTopic.'intellectual-property'.answered", org.hamcrest.Matchers.greaterThan(0));
  }

  @Test
  void aTrackingAnswerReplayedToItsHolder_showsTheNextChangeAtOnce_andIsNeverStoredByBrowsers() {
    String word = "w" + UUID.randomUUID().toString().substring(0, 8);
    String tracking = submitted(word, TestAccounts.newAddress("asker"));
    for (int read = 0; read < 3; read++) {
      given()
          .get(api("/inquiries/" + tracking))
          .then()
          .statusCode(200)
          .header("Cache-Control", containsString("no-store"))
          .body("status", equalTo("received"))
          .body("followUps.size()", equalTo(0));
    }

    given()
        .contentType("application/json")
        .body(Map.of("message", "One more detail " + word))
        .post(api("/inquiries/" + tracking + "/messages"))
        .then()
        .statusCode(200);

    given()
        .get(api("/inquiries/" + tracking))
        .then()
        .statusCode(200)
        .header("Cache-Control", containsString("no-store"))
        .body("followUps[0].text", equalTo("One more detail " + word));
    given().get(api("/inquiries/" + tracking.substring(1) + "A")).then().statusCode(404);
  }

  @Test
  void aMailServerThatIsDown_delaysTheConfirmation_whichArrivesExactlyOnceWhenItIsBack()
      throws IOException {
    String word = "w" + UUID.randomUUID().toString().substring(0, 8);
    String asker = TestAccounts.newAddress("outage");
    ServerLog log = ServerLog.fromNow();
    String tracking;
    TestMailServer.stopForOutage();
    try {
      tracking = submitted(word, asker);
      // The outbox has tried and been refused: the mail is kept for a later attempt.
      awaitTrue(() -> log.contains("not delivered, attempt"), "a refused delivery attempt");
      assertEquals(0, TestMailbox.count(asker));
    } finally {
      TestMailServer.restart();
    }

    MimeMessage confirmation = TestMailbox.awaitNext(asker, 0);
    assertEquals(tracking, token(confirmation, TRACK_LINK));
    // Three seconds of delivery rounds (CLUSTER_MAIL_DELIVERY_INTERVAL, and
    // CLUSTER_MAIL_RETRY_PAUSE
    // three times over) send no second copy.
    Instant quietUntil = Instant.now().plus(Duration.ofSeconds(3));
    while (Instant.now().isBefore(quietUntil)) {
      assertEquals(1, TestMailbox.count(asker), "the confirmation is sent exactly once");
      pause(Duration.ofMillis(250));
    }
    assertEquals(List.of(), log.errors(), "an outage is no ERROR");
  }

  /** Polls a condition the server reaches on its own timer. */
  private static void awaitTrue(IoCondition condition, String what) throws IOException {
    Instant deadline = Instant.now().plus(TestMailbox.MAIL_TIMEOUT);
    while (!condition.holds()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("not seen within " + TestMailbox.MAIL_TIMEOUT + ": " + what);
      }
      pause(Duration.ofMillis(200));
    }
  }

  private interface IoCondition {
    boolean holds() throws IOException;
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void refusedSubmissions_nameTheField_andStoreNothing() {
    String word = "w" + UUID.randomUUID().toString().substring(0, 8);
    String asker = TestAccounts.newAddress("refused");
    Map<String, Object> noConsent = submission(word, asker);
    noConsent.remove("consent");
    refused(noConsent, 400, "consent");
    Map<String, Object> unknownTopic = submission(word, asker);
    unknownTopic.put("topic", "astrology");
    refused(unknownTopic, 400, "topic");
    Map<String, Object> wrongType = submission(word, asker);
    wrongType.put("consent", "yes");
    wrongType.put("message", 42);
    refused(wrongType, 400, "message");
    Map<String, Object> tooLongName = submission(word, asker);
    tooLongName.put("name", "n".repeat(121));
    refused(tooLongName, 400, "name");
    Map<String, Object> honeypot = submission(word, asker);
    honeypot.put("website", "http://spam.example");
    refused(honeypot, 400, "website");
    Map<String, Object> huge = submission(word, asker);
    huge.put("message", "m".repeat(30_000));
    refused(huge, 413, "body");
    given()
        .contentType("text/plain")
        .body("kind=question")
        .post(api("/inquiries"))
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
    given()
        .contentType("application/json")
        .body("{\"kind\":")
        .post(api("/inquiries"))
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("body"));
    given().get(api("/inquiries/no-such-token")).then().statusCode(404);
    as(staff())
        .queryParam("status", "lost")
        .get(api("/staff/inquiries"))
        .then()
        .statusCode(400)
        .body("invalidParams[0].name", equalTo("status"));
    as(staff()).get(api("/staff/inquiries/not-an-id")).then().statusCode(404);

    assertEquals(0, inboxCount(word), "nothing was stored");
    assertEquals(0, TestMailbox.count(asker), "no mail went out");
  }

  private void refused(Map<String, Object> body, int status, String field) {
    given()
        .contentType("application/json")
        .body(body)
        .post(api("/inquiries"))
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("invalidParams.name", hasItem(field));
  }
}
