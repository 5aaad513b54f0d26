package lu.creativecluster.it.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lu.creativecluster.it.support.PlatformDeployment;
import lu.creativecluster.it.support.SitePages;
import lu.creativecluster.it.support.TestAccounts;
import lu.creativecluster.it.support.TestMailbox;
import lu.creativecluster.it.support.TestMembers;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * Events over HTTP with real mail over SMTP: staff announce an event of two seats; two people get a
 * seat, the third the waiting list, each with a mail; the first cancels through the link of the
 * mail and the third moves up and is told. Duplicates, late registrations, wrong types, end before
 * start, stale revisions, unknown tokens and callers without the staff role are refused with a 4xx
 * that names the field, and nothing changes.
 */
class EventApiIT extends PlatformDeployment {

  private static final Pattern CANCEL_LINK =
      Pattern.compile("https?://[^\\s\"'<>]+/events/cancel\\?token=([A-Za-z0-9_-]+)");

  private static String staffSession;

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

  private RequestSpecification asStaff() {
    return given().cookie(SitePages.SESSION_COOKIE, staff()).contentType("application/json");
  }

  private static Map<String, Object> event(String title, int capacity, LocalDate day) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", Map.of("de", title + " DE", "fr", title + " FR", "en", title));
    body.put("description", Map.of("de", "Abend", "fr", "Soirée", "en", "Evening; with, commas"));
    body.put("kind", "networking");
    body.put("start", day + "T18:30");
    body.put("end", day + "T21:00");
    body.put("venue", "Rotondes, Luxembourg");
    body.put("capacity", capacity);
    body.put("audience", "open-to-all");
    body.put("registrationDeadline", day + "T12:00");
    return body;
  }

  private static Map<String, Object> person(String name, String email) {
    return Map.of("name", name, "email", email, "language", "en");
  }

  private Response register(String eventId, Map<String, Object> body) {
    return given()
        .contentType("application/json")
        .body(body)
        .post(api("/events/" + eventId + "/registrations"));
  }

  private static String token(MimeMessage mail) {
    String text = TestMailbox.text(mail);
    Matcher matcher = CANCEL_LINK.matcher(text);
    assertTrue(matcher.find(), () -> "no cancellation link in:\n" + text);
    return matcher.group(1);
  }

  @Test
  void fullEvent_waitingList_cancelByMailLink_promotesAndMails() throws Exception {
    String title = "Evening " + UUID.randomUUID().toString().substring(0, 8);
    LocalDate day = LocalDate.now().plusDays(30);
    Response announced = asStaff().body(event(title, 2, day)).post(api("/staff/events"));
    announced.then().statusCode(201).header("ETag", not(equalTo(null)));
    String id = announced.jsonPath().getString("id");

    String anna = TestAccounts.newAddress("anna");
    String ben = TestAccounts.newAddress("ben");
    String cleo = TestAccounts.newAddress("cleo");
    int annaMails = TestMailbox.count(anna);
    int cleoMails = TestMailbox.count(cleo);
    register(id, person("Anna", anna))
        .then()
        .statusCode(201)
        .header("Cache-Control", containsString("no-store"))
        .body("status", equalTo("confirmed"))
        .body("waitingPosition", equalTo(0));
    register(id, person("Ben", ben)).then().statusCode(201).body("status", equalTo("confirmed"));
    register(id, person("Cleo", cleo))
        .then()
        .statusCode(201)
        .body("status", equalTo("waiting"))
        .body("waitingPosition", equalTo(1));

    // The same address again: refused, naming the field, and the list is unchanged.
    register(id, person("Anna again", anna.toUpperCase()))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("invalidParams.name", hasItem("email"));
    given()
        .get(api("/events/" + id))
        .then()
        .statusCode(200)
        .body("freeSeats", equalTo(0))
        .body("waiting", equalTo(1))
        .body("title", equalTo(title));

    MimeMessage waiting = TestMailbox.awaitNext(cleo, cleoMails);
    assertTrue(TestMailbox.text(waiting).contains("number 1 on the waiting list"));
    MimeMessage confirmation = TestMailbox.awaitNext(anna, annaMails);
    String annaToken = token(confirmation);

    cleoMails = TestMailbox.count(cleo);
    given()
        .delete(api("/events/registrations/" + annaToken))
        .then()
        .statusCode(200)
        .body("status", equalTo("cancelled"))
        .body("seatPassedOn", equalTo(true));
    MimeMessage promoted = TestMailbox.awaitNext(cleo, cleoMails);
    assertTrue(promoted.getSubject() != null && promoted.getSubject().contains(title));
    given().delete(api("/events/registrations/" + annaToken)).then().statusCode(409);
    given().delete(api("/events/registrations/no-such-token")).then().statusCode(404);

    asStaff()
        .get(api("/staff/events/" + id))
        .then()
        .statusCode(200)
        .body("registrations.status", hasItems("cancelled", "confirmed", "confirmed"))
        .body("registrations.findAll { it.status == 'waiting' }.size()", equalTo(0));
    String ics =
        given()
            .get(api("/events/calendar.ics"))
            .then()
            .log()
            .ifValidationFails()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(ics.contains("UID:event-" + id + "@creative-cluster"), ics);
    given()
        .get(api("/events?kind=networking&from=" + day + "&to=" + day))
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
  }

  @Test
  void refusedInput_namesTheField_andChangesNothing() {
    String title = "Refused " + UUID.randomUUID().toString().substring(0, 8);
    LocalDate day = LocalDate.now().plusDays(40);
    Map<String, Object> backwards = event(title, 10, day);
    backwards.put("end", day + "T17:00");
    backwards.put("capacity", "ten");
    asStaff()
        .body(backwards)
        .post(api("/staff/events"))
        .then()
        .statusCode(400)
        .body("invalidParams.name", hasItems("end", "capacity"));
    asStaff()
        .get(api("/staff/events"))
        .then()
        .statusCode(200)
        .body("title.en", not(hasItem(title)));

    // Nobody but staff announces: visitors and partners never reach the use case.
    given()
        .contentType("application/json")
        .body(event(title, 10, day))
        .post(api("/staff/events"))
        .then()
        .statusCode(equalTo(401));

    Response created = asStaff().body(event(title, 10, day)).post(api("/staff/events"));
    String id = created.jsonPath().getString("id");
    String etag = created.getHeader("ETag");
    given()
        .contentType("application/json")
        .body(Map.of("name", 1, "email", "not-an-address", "language", "xx"))
        .post(api("/events/" + id + "/registrations"))
        .then()
        .statusCode(400)
        .body("invalidParams.name", hasItems("name", "email", "language"));
    given().get(api("/events/" + id)).then().body("freeSeats", equalTo(10));

    // Optimistic locking: no If-Match 428, a stale one 412, the current one 200.
    Map<String, Object> more = event(title, 12, day);
    asStaff().body(more).put(api("/staff/events/" + id)).then().statusCode(428);
    asStaff()
        .header("If-Match", "\"stale\"")
        .body(more)
        .put(api("/staff/events/" + id))
        .then()
        .statusCode(412);
    asStaff()
        .header("If-Match", etag)
        .body(more)
        .put(api("/staff/events/" + id))
        .then()
        .statusCode(200)
        .body("capacity", equalTo(12))
        .body("version", equalTo(1));
    asStaff()
        .header("If-Match", etag)
        .body(event(title, 3, day))
        .put(api("/staff/events/" + id))
        .then()
        .statusCode(412);

    // Attendance is recorded from the event's day on.
    String registration =
        register(id, person("Dan", TestAccounts.newAddress("dan")))
            .then()
            .statusCode(201)
            .extract()
            .path("status");
    assertEquals("confirmed", registration);
    String registrationId =
        asStaff().get(api("/staff/events/" + id)).jsonPath().getString("registrations[0].id");
    asStaff()
        .body(Map.of("registration", registrationId))
        .post(api("/staff/events/" + id + "/attendance"))
        .then()
        .statusCode(409)
        .body("invalidParams.reason", hasItem("too-early-for-attendance"));

    // After the deadline nobody registers.
    Map<String, Object> closed = event(title + " closed", 10, day);
    closed.put("registrationDeadline", LocalDate.now().minusDays(1) + "T12:00");
    String closedId = asStaff().body(closed).post(api("/staff/events")).jsonPath().getString("id");
    register(closedId, person("Eve", TestAccounts.newAddress("eve")))
        .then()
        .statusCode(409)
        .body("invalidParams.reason", hasItem("deadline-passed"));
    given().get(api("/events/" + closedId)).then().body("freeSeats", equalTo(10));
    given().get(api("/events/not-a-uuid")).then().statusCode(404);
    given()
        .get(api("/events?past=maybe"))
        .then()
        .statusCode(400)
        .body("invalidParams.name", hasItem("past"));
  }
}
