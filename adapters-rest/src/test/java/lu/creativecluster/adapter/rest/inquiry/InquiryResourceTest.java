package lu.creativecluster.adapter.rest.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lu.creativecluster.adapter.rest.problem.InvalidBodyException;
import lu.creativecluster.adapter.rest.problem.InvalidParam;
import lu.creativecluster.adapter.rest.problem.InvalidRequestParameterException;
import lu.creativecluster.application.port.in.inquiry.InboxQuery;
import lu.creativecluster.application.port.in.inquiry.InquiryNotFoundException;
import lu.creativecluster.application.port.in.inquiry.SubmitInquiryCommand;
import lu.creativecluster.application.port.in.inquiry.SubmittedInquiry;
import lu.creativecluster.domain.inquiry.InquiryId;
import lu.creativecluster.domain.inquiry.InquiryKind;
import lu.creativecluster.domain.inquiry.InquiryStatus;
import lu.creativecluster.domain.inquiry.InquiryTopic;
import lu.creativecluster.domain.sector.NaceClass;
import lu.creativecluster.domain.sector.Sector;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Language;
import lu.creativecluster.domain.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InquiryResourceTest {

  private static final String VALID =
      "{\"kind\":\"offer\",\"topic\":\"funding\",\"sector\":\"music\",\"message\":\"A grant?\","
          + "\"name\":\"Ana\",\"email\":\"ana@example.lu\",\"organisation\":\"\","
          + "\"language\":\"fr\",\"consent\":true}";

  private final InquiryResource resource = new InquiryResource();
  private SubmitInquiryCommand submitted;

  @BeforeEach
  void wire() {
    resource.listSectors =
        () ->
            List.of(
                new Sector(
                    new SectorCode("music"),
                    1,
                    LocalizedText.of("Musik", "Musique", "Music"),
                    LocalizedText.of("Komponieren.", "Composition.", "Composing."),
                    List.of(new NaceClass("59.20"))));
    resource.submitInquiry =
        command -> {
          submitted = command;
          return new SubmittedInquiry(InquiryId.newId(), "secret", LocalDate.of(2026, 12, 7));
        };
  }

  private static ByteArrayInputStream body(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  private List<String> refusedFields(String json) {
    InvalidBodyException refused =
        assertThrows(InvalidBodyException.class, () -> resource.submit(body(json), null));
    assertNull(submitted, "nothing reaches the use case");
    return refused.invalidFields().stream().map(InvalidParam::name).toList();
  }

  @Test
  void aValidSubmission_isParsedIntoTheCommand_andTrackedUnderTheApiPath() {
    submitted =
        resource.submission(InquiryJson.read(body(VALID), InquiryResource.MAX_SUBMISSION_CHARS));
    assertEquals(InquiryKind.OFFER, submitted.kind());
    assertEquals(InquiryTopic.FUNDING, submitted.topic());
    assertEquals(Optional.of(new SectorCode("music")), submitted.sector());
    assertEquals(Language.FR, submitted.language());
    assertEquals("ana@example.lu", submitted.email().value());
    assertTrue(submitted.consent());
    assertEquals("/api/v1/inquiries/secret", InquiryResource.trackingPath(null, "secret"));
  }

  @Test
  void missingConsent_unknownTopic_wrongTypes_andAFilledHoneypot_areEachNamed() {
    assertEquals(List.of("consent"), refusedFields(VALID.replace(",\"consent\":true", "")));
    assertEquals(List.of("topic"), refusedFields(VALID.replace("funding", "astrology")));
    assertEquals(
        List.of("message", "consent"),
        refusedFields(
            VALID
                .replace("\"A grant?\"", "42")
                .replace("\"consent\":true", "\"consent\":\"yes\"")));
    assertEquals(List.of("sector"), refusedFields(VALID.replace("music", "cooking")));
    assertEquals(List.of("language"), refusedFields(VALID.replace("\"fr\"", "\"fr-LU\"")));
    assertEquals(
        List.of("website"), refusedFields(VALID.replace("}", ",\"website\":\"http://x\"}")));
    assertEquals(List.of("body"), refusedFields("[1,2]"));
    assertEquals(List.of("body"), refusedFields("{\"kind\":"));
  }

  @Test
  void anOversizedField_isNamed_andAnOversizedBody_is413() {
    assertEquals(
        List.of("name"), refusedFields(VALID.replace("\"Ana\"", "\"" + "a".repeat(121) + "\"")));
    String huge = VALID.replace("A grant?", "m".repeat(InquiryResource.MAX_SUBMISSION_CHARS));
    assertThrows(BodyTooLargeException.class, () -> resource.submit(body(huge), null));
    assertNull(submitted);
  }

  @Test
  void aTokenFarTooLong_isUnknown_withoutReachingTheUseCase() {
    assertThrows(
        InquiryNotFoundException.class,
        () -> InquiryResource.token("t".repeat(InquiryResource.MAX_TOKEN_LENGTH + 1)));
  }

  @Test
  void theInboxFilters_areRead_andABadOneIsNamed() {
    InboxQuery query =
        StaffInquiryResource.query(
            List.of("received", "forwarded"), List.of("export"), "", "true", " studio ", "2", "10");
    assertEquals(
        java.util.Set.of(InquiryStatus.RECEIVED, InquiryStatus.FORWARDED), query.statuses());
    assertEquals(java.util.Set.of(InquiryTopic.EXPORT), query.topics());
    assertTrue(query.overdueOnly());
    assertEquals("studio", query.q());
    assertEquals(2, query.page());
    assertEquals(10, query.size());
    for (List<String> bad :
        List.of(
            List.of("status", "lost"),
            List.of("topic", "astrology"),
            List.of("recipient", "x"),
            List.of("overdue", "maybe"),
            List.of("page", "-1"),
            List.of("size", "1000"))) {
      InvalidRequestParameterException refused =
          assertThrows(
              InvalidRequestParameterException.class,
              () ->
                  StaffInquiryResource.query(
                      bad.get(0).equals("status") ? List.of(bad.get(1)) : List.of(),
                      bad.get(0).equals("topic") ? List.of(bad.get(1)) : List.of(),
                      bad.get(0).equals("recipient") ? bad.get(1) : null,
                      bad.get(0).equals("overdue") ? bad.get(1) : null,
                      null,
                      bad.get(0).equals("page") ? bad.get(1) : null,
                      bad.get(0).equals("size") ? bad.get(1) : null));
      assertEquals(bad.get(0), refused.invalidParams().get(0).name());
    }
  }
}
