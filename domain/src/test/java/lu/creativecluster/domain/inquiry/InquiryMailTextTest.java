package lu.creativecluster.domain.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

class InquiryMailTextTest {

  private static InquiryMailText received(String subject, String body) {
    return new InquiryMailText(InquiryMailKind.RECEIVED, Language.FR, subject, body);
  }

  @Test
  void placeholders_areFilled_onceAndLiterally() {
    InquiryMailText text = received("Reçu, {name}", "D'ici le {dueDate} : {trackingLink}\n{name}");

    String body =
        text.renderBody(
            Map.of("name", "A$1 {dueDate}", "dueDate", "7 décembre", "trackingLink", "https://x"));

    assertEquals("D'ici le 7 décembre : https://x\nA$1 {dueDate}", body);
    assertEquals("Reçu, Zoé", text.renderSubject(Map.of("name", "Zoé")));
  }

  @Test
  void aTextWithoutItsRequiredPlaceholder_isRefused_namingTheBody() {
    InvalidMailTextException e =
        assertThrows(InvalidMailTextException.class, () -> received("Reçu", "Merci, à bientôt"));
    assertEquals("body", e.field());
    assertEquals(InvalidMailTextException.Problem.MISSING_PLACEHOLDER, e.problem());
    assertEquals("trackingLink", e.placeholder());
    assertTrue(e.getMessage().contains("{trackingLink}"));
  }

  @Test
  void anUnknownPlaceholder_isRefused_inSubjectOrBody_listingTheAllowedOnes() {
    InvalidMailTextException inBody =
        assertThrows(
            InvalidMailTextException.class, () -> received("Reçu", "{trackingLink} {answer}"));
    assertEquals("body", inBody.field());
    assertEquals(InvalidMailTextException.Problem.UNKNOWN_PLACEHOLDER, inBody.problem());
    assertEquals("answer", inBody.placeholder());
    assertTrue(inBody.getMessage().contains("{answer}"));
    assertTrue(inBody.getMessage().contains("{dueDate}"));

    InvalidInquiryException inSubject =
        assertThrows(InvalidInquiryException.class, () -> received("{ name }", "{trackingLink}"));
    assertEquals("subject", inSubject.field());
  }

  @Test
  void blank_overlong_orMultiLineSubjects_andOverlongBodies_areRefused() {
    assertEquals(
        "subject",
        assertThrows(InvalidInquiryException.class, () -> received(" ", "{trackingLink}")).field());
    assertEquals(
        "subject",
        assertThrows(InvalidInquiryException.class, () -> received("a\nb", "{trackingLink}"))
            .field());
    assertEquals(
        "subject",
        assertThrows(
                InvalidInquiryException.class,
                () -> received("x".repeat(InquiryMailText.MAX_SUBJECT + 1), "{trackingLink}"))
            .field());
    assertEquals(
        "body",
        assertThrows(
                InvalidInquiryException.class,
                () -> received("Reçu", "{trackingLink}" + "x".repeat(InquiryMailText.MAX_BODY)))
            .field());
  }

  @Test
  void everyKind_hasACodeThatReadsBack_andRequiresOnlyItsOwnPlaceholders() {
    for (InquiryMailKind kind : InquiryMailKind.values()) {
      assertEquals(kind, InquiryMailKind.fromCode(kind.code()).orElseThrow());
      assertTrue(kind.placeholders().containsAll(kind.required()), kind.code());
    }
    assertTrue(InquiryMailKind.fromCode("RECEIVED").isEmpty());
  }
}
