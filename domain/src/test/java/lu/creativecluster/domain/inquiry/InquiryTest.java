package lu.creativecluster.domain.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

class InquiryTest {

  static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");
  static final String STAFF = "person:staff-1";
  private final RecipientId ipOffice = RecipientId.newId();

  static Inquiry received() {
    return Inquiry.receive(
        InquiryId.newId(),
        InquiryKind.QUESTION,
        InquiryTopic.INTELLECTUAL_PROPERTY,
        Optional.of(new SectorCode("design")),
        "How do I register my logo as a trademark?",
        new Asker("Léa Muller", new Email("lea@example.lu"), "Atelier Muller"),
        Language.FR,
        true,
        "hash-of-tracking-secret",
        T0,
        Inquiry.dueDateFor(T0, 5));
  }

  @Test
  void aNewInquiry_isReceived_dueInFiveWorkingDays_withItsFirstStep() {
    Inquiry inquiry = received();

    assertEquals(InquiryStatus.RECEIVED, inquiry.status());
    assertEquals(LocalDate.of(2026, 12, 7), inquiry.dueDate());
    assertEquals(1, inquiry.history().size());
    assertEquals(InquiryStep.Kind.RECEIVED, inquiry.history().get(0).kind());
    assertEquals(T0, inquiry.history().get(0).at());
  }

  @Test
  void withoutConsent_nothingIsReceived() {
    InvalidInquiryException e =
        assertThrows(
            InvalidInquiryException.class,
            () ->
                Inquiry.receive(
                    InquiryId.newId(),
                    InquiryKind.OFFER,
                    InquiryTopic.OTHER,
                    Optional.empty(),
                    "text",
                    new Asker("A", new Email("a@example.lu"), ""),
                    Language.EN,
                    false,
                    "h",
                    T0,
                    LocalDate.of(2026, 12, 7)));
    assertEquals("consent", e.field());
  }

  @Test
  void anEmptyOrOversizedMessage_isRefused_namingTheField() {
    InvalidInquiryException empty =
        assertThrows(
            InvalidInquiryException.class,
            () ->
                Inquiry.receive(
                    InquiryId.newId(),
                    InquiryKind.QUESTION,
                    InquiryTopic.OTHER,
                    Optional.empty(),
                    "   ",
                    new Asker("A", new Email("a@example.lu"), ""),
                    Language.EN,
                    true,
                    "h",
                    T0,
                    LocalDate.of(2026, 12, 7)));
    assertEquals("message", empty.field());
    assertThrows(
        InvalidInquiryException.class,
        () -> new Asker("x".repeat(Asker.MAX_NAME + 1), new Email("a@example.lu"), ""));
  }

  @Test
  void theWholeWay_receivedTriagedForwardedAnsweredClosed_recordsEveryStep() {
    Inquiry inquiry = received();

    inquiry.triage(Optional.of(ipOffice), STAFF, T0.plusSeconds(60), "IP office knows");
    inquiry.forwardTo(ipOffice, "link-hash", STAFF, T0.plusSeconds(120), "");
    inquiry.answerAsRecipient("File it with the Benelux office.", T0.plusSeconds(3600));
    inquiry.close(STAFF, T0.plusSeconds(7200), "");

    assertEquals(InquiryStatus.CLOSED, inquiry.status());
    assertEquals(
        List.of(
            InquiryStep.Kind.RECEIVED,
            InquiryStep.Kind.TRIAGED,
            InquiryStep.Kind.FORWARDED,
            InquiryStep.Kind.ANSWERED,
            InquiryStep.Kind.CLOSED),
        inquiry.history().stream().map(InquiryStep::kind).toList());
    assertEquals("IP office knows", inquiry.history().get(1).why());
    assertEquals(STAFF, inquiry.history().get(2).by());
    assertEquals("recipient:" + ipOffice, inquiry.history().get(3).by());
    assertEquals(Optional.of(ipOffice), inquiry.answer().orElseThrow().recipient());
    assertEquals(Optional.of(Duration.ofHours(1)), inquiry.timeToAnswer());
    assertFalse(inquiry.recipientLinkOpen(), "the recipient's link expires on closing");
  }

  @Test
  void illegalTransitions_areRefused_andChangeNothing() {
    Inquiry inquiry = received();

    assertThrows(IllegalInquiryTransitionException.class, () -> inquiry.answerAsRecipient("x", T0));
    assertThrows(IllegalInquiryTransitionException.class, () -> inquiry.decline(T0, "no"));
    assertThrows(IllegalInquiryTransitionException.class, () -> inquiry.markReminded(T0));
    assertThrows(IllegalInquiryTransitionException.class, () -> inquiry.anonymise(T0));
    assertEquals(InquiryStatus.RECEIVED, inquiry.status());
    assertEquals(1, inquiry.history().size());

    inquiry.answerDirectly("Here is how.", STAFF, T0.plusSeconds(10));
    assertThrows(
        IllegalInquiryTransitionException.class,
        () -> inquiry.reject(STAFF, T0.plusSeconds(20), "spam"));
    assertThrows(
        IllegalInquiryTransitionException.class,
        () -> inquiry.forwardTo(ipOffice, "h", STAFF, T0.plusSeconds(20), ""));
    assertThrows(
        IllegalInquiryTransitionException.class,
        () -> inquiry.triage(Optional.empty(), STAFF, T0.plusSeconds(20), ""));
    assertThrows(
        IllegalInquiryTransitionException.class,
        () -> inquiry.answerDirectly("again", STAFF, T0.plusSeconds(20)));
    assertEquals(InquiryStatus.ANSWERED, inquiry.status());
  }

  @Test
  void finalStatuses_allowNothingButAnonymisation() {
    Inquiry rejected = received();
    rejected.reject(STAFF, T0.plusSeconds(5), "spam");

    IllegalInquiryTransitionException e =
        assertThrows(
            IllegalInquiryTransitionException.class,
            () -> rejected.close(STAFF, T0.plusSeconds(6), "tidy"));
    assertEquals(InquiryStatus.REJECTED, e.from());
    assertEquals("closed", e.attempted());
    assertThrows(
        IllegalInquiryTransitionException.class,
        () -> rejected.addFollowUp(FollowUp.Author.ASKER, "hello?", "visitor", T0));
    assertThrows(
        IllegalInquiryTransitionException.class,
        () -> rejected.triage(Optional.empty(), STAFF, T0, ""));
  }

  @Test
  void closingAnUnansweredInquiry_needsAReason() {
    Inquiry inquiry = received();

    InvalidInquiryException e =
        assertThrows(InvalidInquiryException.class, () -> inquiry.close(STAFF, T0, " "));
    assertEquals("why", e.field());
    inquiry.close(STAFF, T0, "answered by phone");
    assertEquals(InquiryStatus.CLOSED, inquiry.status());
  }

  @Test
  void aDecline_sendsItBackToTriage_andEndsTheRecipientsLink() {
    Inquiry inquiry = received();
    inquiry.forwardTo(ipOffice, "link-hash", STAFF, T0, "");
    assertTrue(inquiry.recipientLinkOpen());

    inquiry.decline(T0.plusSeconds(60), "not our field");

    assertEquals(InquiryStatus.TRIAGED, inquiry.status());
    assertEquals(Optional.empty(), inquiry.recipient());
    assertEquals(Optional.empty(), inquiry.recipientLinkHash());
    assertEquals("not our field", inquiry.history().get(2).why());
  }

  @Test
  void forwardingAgain_replacesTheLink() {
    Inquiry inquiry = received();
    RecipientId chamber = RecipientId.newId();
    inquiry.forwardTo(ipOffice, "first", STAFF, T0, "");

    inquiry.forwardTo(chamber, "second", STAFF, T0.plusSeconds(1), "");

    assertEquals(Optional.of(chamber), inquiry.recipient());
    assertEquals(Optional.of("second"), inquiry.recipientLinkHash());
  }

  @Test
  void overdue_onlyAfterTheDueDay_andOnlyWhileAwaitingAnAnswer() {
    Inquiry inquiry = received();

    assertFalse(inquiry.isOverdue(LocalDate.of(2026, 12, 7)));
    assertTrue(inquiry.isOverdue(LocalDate.of(2026, 12, 8)));
    inquiry.answerDirectly("done", STAFF, T0);
    assertFalse(inquiry.isOverdue(LocalDate.of(2026, 12, 8)));
  }

  @Test
  void aReminder_goesOutOncePerForwardedInquiry() {
    Inquiry inquiry = received();
    inquiry.forwardTo(ipOffice, "h", STAFF, T0, "");

    inquiry.markReminded(T0.plusSeconds(100));

    assertEquals(Optional.of(T0.plusSeconds(100)), inquiry.remindedAt());
    assertThrows(
        IllegalInquiryTransitionException.class, () -> inquiry.markReminded(T0.plusSeconds(200)));
  }

  @Test
  void followUps_areKept_andRecordedInTheHistory() {
    Inquiry inquiry = received();

    inquiry.addFollowUp(FollowUp.Author.ASKER, "Also for my website?", "visitor", T0);

    assertEquals(1, inquiry.followUps().size());
    assertEquals("Also for my website?", inquiry.followUps().get(0).text());
    assertEquals(InquiryStep.Kind.FOLLOW_UP, inquiry.history().get(1).kind());
    assertEquals(InquiryStatus.RECEIVED, inquiry.status());
  }

  @Test
  void anonymisation_removesPersonalData_butKeepsWhatTheFiguresNeed() {
    Inquiry inquiry = received();
    inquiry.addFollowUp(FollowUp.Author.ASKER, "I am Léa, call me", "visitor", T0);
    inquiry.forwardTo(ipOffice, "h", STAFF, T0, "Léa needs help");
    inquiry.answerAsRecipient("Dear Léa, …", T0.plusSeconds(3600));
    inquiry.close(STAFF, T0.plusSeconds(7200), "");

    inquiry.anonymise(T0.plusSeconds(9000));

    assertEquals(Optional.empty(), inquiry.asker());
    assertEquals("", inquiry.message());
    assertEquals(Optional.empty(), inquiry.trackingHash());
    assertEquals("", inquiry.followUps().get(0).text());
    assertEquals("", inquiry.answer().orElseThrow().text());
    assertTrue(inquiry.history().stream().allMatch(step -> step.why().isEmpty()));
    assertEquals(InquiryTopic.INTELLECTUAL_PROPERTY, inquiry.topic());
    assertEquals(Optional.of(new SectorCode("design")), inquiry.sector());
    assertEquals(T0, inquiry.receivedAt());
    assertEquals(Optional.of(Duration.ofHours(1)), inquiry.timeToAnswer());
    assertEquals(Optional.of(ipOffice), inquiry.recipient());
    assertEquals(Optional.of(T0.plusSeconds(9000)), inquiry.anonymisedAt());
  }
}
