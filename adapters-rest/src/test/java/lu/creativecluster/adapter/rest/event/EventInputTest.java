package lu.creativecluster.adapter.rest.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import lu.creativecluster.adapter.rest.inquiry.InquiryJson;
import lu.creativecluster.adapter.rest.problem.InvalidBodyException;
import lu.creativecluster.adapter.rest.problem.InvalidParam;
import lu.creativecluster.domain.event.EventDetails;
import lu.creativecluster.domain.event.EventKind;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

/** The event body is read field by field; every wrong field is named in one answer. */
class EventInputTest {

  private static final String VALID =
      """
      {"title": {"de": "Abend", "fr": "Soirée", "en": "Evening"},
       "description": {"de": "D", "fr": "F", "en": "E"},
       "kind": "fair", "start": "2027-01-14T18:30", "end": "2027-01-14T21:00",
       "venue": "Rotondes", "capacity": 40, "audience": "members-only",
       "registrationDeadline": "2027-01-13T12:00"}
      """;

  private static EventDetails read(String json) {
    return EventInput.read(
        InquiryJson.read(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
            EventInput.MAX_BODY_CHARS));
  }

  private static List<String> invalidFields(String json) {
    InvalidBodyException refused = assertThrows(InvalidBodyException.class, () -> read(json));
    return refused.invalidFields().stream().map(InvalidParam::name).toList();
  }

  @Test
  void aValidBody_becomesTheEventsDetails() {
    EventDetails details = read(VALID);
    assertEquals("Soirée", details.title().in(Language.FR));
    assertEquals(EventKind.FAIR, details.kind());
    assertEquals(LocalDateTime.of(2027, 1, 14, 18, 30), details.schedule().start());
    assertEquals(40, details.capacity());
  }

  @Test
  void anEndBeforeTheStart_aTextCapacity_andAMissingTitle_areAllNamed() {
    String json =
        VALID
            .replace("\"end\": \"2027-01-14T21:00\"", "\"end\": \"2027-01-14T17:00\"")
            .replace("\"capacity\": 40", "\"capacity\": \"forty\"")
            .replace(
                "\"title\": {\"de\": \"Abend\", \"fr\": \"Soirée\", \"en\": \"Evening\"}",
                "\"title\": 7");
    assertEquals(List.of("title", "end", "capacity"), invalidFields(json));
  }

  @Test
  void aDeadlineAfterTheEnd_aFractionalCapacity_andAnHttpLink_areRefused() {
    String json =
        VALID
            .replace("2027-01-13T12:00", "2027-01-15T12:00")
            .replace("\"capacity\": 40", "\"capacity\": 4.5")
            .replace("\"venue\": \"Rotondes\"", "\"onlineLink\": \"http://insecure.example\"");
    assertEquals(List.of("onlineLink", "capacity", "registrationDeadline"), invalidFields(json));
  }

  @Test
  void aTitleWithALineBreak_isRefused_asItBecomesAMailSubject() {
    assertEquals(List.of("title"), invalidFields(VALID.replace("\"Evening\"", "\"Eve\\nning\"")));
  }
}
