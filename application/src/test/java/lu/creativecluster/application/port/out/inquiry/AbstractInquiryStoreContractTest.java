package lu.creativecluster.application.port.out.inquiry;

import static lu.creativecluster.application.port.out.inquiry.SampleInquiry.STAFF;
import static lu.creativecluster.application.port.out.inquiry.SampleInquiry.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import lu.creativecluster.application.port.in.inquiry.InboxPage;
import lu.creativecluster.application.port.in.inquiry.InboxQuery;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.inquiry.FollowUp;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryKind;
import lu.creativecluster.domain.inquiry.InquiryStatus;
import lu.creativecluster.domain.inquiry.InquiryTopic;
import lu.creativecluster.domain.inquiry.Recipient;
import lu.creativecluster.domain.inquiry.RoutingRule;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

/**
 * Contract test: what every adapter of the {@link Inquiries}, {@link Recipients} and {@link
 * RoutingRules} ports must do (the in-memory reference in the service tests; JPA on H2 and
 * PostgreSQL in adapters-persistence). Each test starts on an empty store.
 */
public abstract class AbstractInquiryStoreContractTest {

  protected abstract Inquiries inquiries();

  protected abstract Recipients recipients();

  protected abstract RoutingRules routingRules();

  /** Runs the work in a transaction of its own, committed unless it throws. */
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  protected void inTransaction(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  private Inquiry stored(Inquiry inquiry) {
    inTransaction(() -> inquiries().add(inquiry));
    return inquiries().byId(inquiry.id()).orElseThrow();
  }

  private void saved(Inquiry inquiry) {
    inTransaction(() -> inquiries().save(inquiry));
  }

  private Recipient storedRecipient(Recipient recipient) {
    inTransaction(() -> recipients().put(recipient));
    return recipient;
  }

  // ---------------------------------------------------------------- Inquiries

  @Test
  void aWholeLifecycle_roundTripsEveryField() {
    Recipient office =
        storedRecipient(SampleInquiry.institution("IP Office", InquiryTopic.FUNDING));
    Inquiry inquiry =
        stored(SampleInquiry.question("Grüß Gott – « brevet » ?\nLine two", "Zoë", T0));
    inquiry.addFollowUp(FollowUp.Author.ASKER, "Also the logo", "visitor", T0.plusSeconds(5));
    inquiry.triage(Optional.of(office.id()), STAFF, T0.plusSeconds(10), "their field");
    inquiry.forwardTo(office.id(), "link-hash", STAFF, T0.plusSeconds(20), "");
    saved(inquiry);
    Inquiry forwarded = inquiries().byId(inquiry.id()).orElseThrow();
    assertSameState(inquiry, forwarded);
    assertEquals(1, forwarded.version());

    forwarded.markReminded(T0.plusSeconds(30));
    forwarded.answerAsRecipient("Voici la réponse.", T0.plusSeconds(40));
    forwarded.close(STAFF, T0.plusSeconds(50), "");
    saved(forwarded);

    Inquiry read = inquiries().byId(inquiry.id()).orElseThrow();
    assertSameState(forwarded, read);
    assertEquals(2, read.version());
  }

  @Test
  void anAnonymisedInquiry_roundTripsWithoutItsPersonalData() {
    Inquiry inquiry = stored(SampleInquiry.question("Help", "Zoë", T0));
    inquiry.answerDirectly("Answer", STAFF, T0.plusSeconds(10));
    inquiry.close(STAFF, T0.plusSeconds(20), "");
    inquiry.anonymise(T0.plusSeconds(30));
    saved(inquiry);

    Inquiry read = inquiries().byId(inquiry.id()).orElseThrow();
    assertSameState(inquiry, read);
    assertEquals(Optional.empty(), read.asker());
    assertEquals(List.of(), inquiries().byAskerEmail(new Email("zo@example.lu")));
  }

  @Test
  void theTrackingStamp_movesWithEveryAddAndSave_andOnlyThen() {
    Object empty = inquiries().trackingStamp();
    assertEquals(empty, inquiries().trackingStamp(), "reading moves nothing");

    Inquiry inquiry = stored(SampleInquiry.question("Help", "Zoë", T0));
    Object added = inquiries().trackingStamp();
    assertNotEquals(empty, added, "an inquiry added");
    inquiries().readByTrackingHash(inquiry.trackingHash().orElseThrow());
    assertEquals(added, inquiries().trackingStamp(), "a tracking read moves nothing");

    inquiry.addFollowUp(FollowUp.Author.ASKER, "Also the logo", "visitor", T0.plusSeconds(1));
    saved(inquiry);
    assertNotEquals(added, inquiries().trackingStamp(), "an inquiry saved");
  }

  @Test
  void saveFromAStaleVersion_isRefused_andTheStoredStateStays() {
    Inquiry inquiry = stored(SampleInquiry.question("Help", "Zoë", T0));
    Inquiry first = inquiries().byId(inquiry.id()).orElseThrow();
    Inquiry second = inquiries().byId(inquiry.id()).orElseThrow();
    first.reject(STAFF, T0.plusSeconds(1), "spam");
    saved(first);

    second.answerDirectly("late", STAFF, T0.plusSeconds(2));
    assertThrows(
        ConcurrentUpdateException.class, () -> inTransaction(() -> inquiries().save(second)));

    assertEquals(InquiryStatus.REJECTED, inquiries().byId(inquiry.id()).orElseThrow().status());
  }

  @Test
  void readByTrackingHash_readsTheWholeInquiry_andLeavesItUnchanged() {
    Recipient office =
        storedRecipient(SampleInquiry.institution("IP Office", InquiryTopic.FUNDING));
    Inquiry inquiry =
        stored(
            SampleInquiry.received(
                InquiryKind.QUESTION, InquiryTopic.FUNDING, "Help", "Zoë", T0, "tracking-2"));
    inquiry.addFollowUp(FollowUp.Author.ASKER, "Also the logo", "visitor", T0.plusSeconds(5));
    inquiry.addFollowUp(FollowUp.Author.ASKER, "And the name", "visitor", T0.plusSeconds(6));
    inquiry.triage(Optional.of(office.id()), STAFF, T0.plusSeconds(10), "their field");
    inquiry.forwardTo(office.id(), "link-hash-2", STAFF, T0.plusSeconds(20), "");
    saved(inquiry);

    Inquiry read = inTransaction(() -> inquiries().readByTrackingHash("tracking-2")).orElseThrow();
    assertSameState(inquiries().byId(inquiry.id()).orElseThrow(), read);
    assertEquals(Optional.empty(), inTransaction(() -> inquiries().readByTrackingHash("nothing")));

    // A follow-up added through the tracking link after a read still saves (the read kept nothing
    // that a later save in another transaction would trip over).
    Inquiry again = inquiries().byTrackingHash("tracking-2").orElseThrow();
    again.addFollowUp(FollowUp.Author.ASKER, "Third", "visitor", T0.plusSeconds(30));
    saved(again);
    assertEquals(3, inquiries().readByTrackingHash("tracking-2").orElseThrow().followUps().size());
  }

  @Test
  void byTrackingHash_andByRecipientLinkHash_findTheInquiry() {
    Recipient office =
        storedRecipient(SampleInquiry.institution("IP Office", InquiryTopic.FUNDING));
    Inquiry inquiry =
        stored(
            SampleInquiry.received(
                InquiryKind.QUESTION, InquiryTopic.FUNDING, "Help", "Zoë", T0, "tracking-1"));
    inquiry.forwardTo(office.id(), "recipient-1", STAFF, T0, "");
    saved(inquiry);

    assertEquals(inquiry.id(), inquiries().byTrackingHash("tracking-1").orElseThrow().id());
    assertEquals(inquiry.id(), inquiries().byRecipientLinkHash("recipient-1").orElseThrow().id());
    assertEquals(Optional.empty(), inquiries().byTrackingHash("recipient-1"));
    assertEquals(Optional.empty(), inquiries().byRecipientLinkHash("nothing"));
  }

  @Test
  void inbox_filtersByStatusTopicRecipientAndText_newestFirst_paged() {
    Recipient office =
        storedRecipient(SampleInquiry.institution("IP Office", InquiryTopic.FUNDING));
    Inquiry oldest = stored(SampleInquiry.question("Grant for a film", "Anna", T0));
    Inquiry middle =
        stored(
            SampleInquiry.received(
                InquiryKind.OFFER,
                InquiryTopic.EVENTS,
                "A stage for DESIGNERS",
                "Bert",
                T0.plusSeconds(60),
                "h2"));
    Inquiry newest = stored(SampleInquiry.question("Another grant", "Carla", T0.plusSeconds(120)));
    newest.forwardTo(office.id(), "l", STAFF, T0.plusSeconds(130), "");
    saved(newest);

    assertEquals(
        List.of(newest.id(), middle.id(), oldest.id()),
        ids(inquiries().inbox(InboxQuery.all(), today())));
    assertEquals(
        List.of(newest.id()),
        ids(inbox(Set.of(InquiryStatus.FORWARDED), Set.of(), Optional.empty(), false, "")));
    assertEquals(
        List.of(middle.id()),
        ids(inbox(Set.of(), Set.of(InquiryTopic.EVENTS), Optional.empty(), false, "")));
    assertEquals(
        List.of(newest.id()), ids(inbox(Set.of(), Set.of(), Optional.of(office.id()), false, "")));
    assertEquals(
        List.of(middle.id()), ids(inbox(Set.of(), Set.of(), Optional.empty(), false, "designers")));
    assertEquals(
        List.of(oldest.id()), ids(inbox(Set.of(), Set.of(), Optional.empty(), false, "ANNA")));
    assertEquals(
        List.of(middle.id()),
        ids(inbox(Set.of(), Set.of(), Optional.empty(), false, "atelier bert")));

    InboxPage second =
        inquiries()
            .inbox(new InboxQuery(Set.of(), Set.of(), Optional.empty(), false, "", 1, 2), today());
    assertEquals(List.of(oldest.id()), ids(second));
    assertEquals(3, second.total());
  }

  @Test
  void inbox_overdue_keepsOnlyThoseAwaitingAnAnswerPastTheirDueDate() {
    Inquiry late = stored(SampleInquiry.question("late", "Anna", T0));
    Inquiry answered = stored(SampleInquiry.question("answered", "Bert", T0));
    answered.answerDirectly("done", STAFF, T0.plusSeconds(1));
    saved(answered);
    Inquiry recent = stored(SampleInquiry.question("recent", "Carla", T0.plusSeconds(86_400 * 3)));

    LocalDate afterFirstDue = late.dueDate().plusDays(1);
    assertEquals(
        List.of(late.id()),
        ids(
            inquiries()
                .inbox(
                    new InboxQuery(Set.of(), Set.of(), Optional.empty(), true, "", 0, 10),
                    afterFirstDue)));
    assertEquals(recent.id(), inquiries().byId(recent.id()).orElseThrow().id());
  }

  @Test
  void overdueUnreminded_listsForwardedLateOnes_once() {
    Recipient office =
        storedRecipient(SampleInquiry.institution("IP Office", InquiryTopic.FUNDING));
    Inquiry late = stored(SampleInquiry.question("late", "Anna", T0));
    late.forwardTo(office.id(), "l1", STAFF, T0, "");
    saved(late);
    Inquiry notForwarded = stored(SampleInquiry.question("open", "Bert", T0));
    LocalDate after = late.dueDate().plusDays(1);

    assertEquals(
        List.of(late.id()),
        inquiries().overdueUnreminded(after, 10).stream().map(Inquiry::id).toList());
    assertEquals(List.of(), inquiries().overdueUnreminded(late.dueDate(), 10));

    Inquiry reminded = inquiries().byId(late.id()).orElseThrow();
    reminded.markReminded(T0.plusSeconds(1));
    saved(reminded);
    assertEquals(List.of(), inquiries().overdueUnreminded(after, 10));
    assertEquals(
        InquiryStatus.RECEIVED, inquiries().byId(notForwarded.id()).orElseThrow().status());
  }

  @Test
  void closedBeforeNotAnonymised_listsFinalOnesClosedBeforeTheMoment() {
    Inquiry closed = stored(SampleInquiry.question("a", "Anna", T0));
    closed.close(STAFF, T0.plusSeconds(10), "withdrawn");
    saved(closed);
    Inquiry rejected = stored(SampleInquiry.question("b", "Bert", T0));
    rejected.reject(STAFF, T0.plusSeconds(20), "spam");
    saved(rejected);
    Inquiry closedLater = stored(SampleInquiry.question("c", "Carla", T0));
    closedLater.close(STAFF, T0.plusSeconds(100), "withdrawn");
    saved(closedLater);
    stored(SampleInquiry.question("open", "Dora", T0));

    assertEquals(
        List.of(closed.id(), rejected.id()),
        inquiries().closedBeforeNotAnonymised(T0.plusSeconds(50), 10).stream()
            .map(Inquiry::id)
            .toList());
    assertEquals(1, inquiries().closedBeforeNotAnonymised(T0.plusSeconds(50), 1).size());
  }

  @Test
  void receivedBetween_isHalfOpen_andByAskerEmail_findsThePersonsInquiries() {
    Inquiry first = stored(SampleInquiry.question("a", "Anna", T0));
    Inquiry second = stored(SampleInquiry.question("b", "Anna", T0.plusSeconds(10)));
    stored(SampleInquiry.question("c", "Bert", T0.plusSeconds(20)));

    assertEquals(
        List.of(first.id(), second.id()),
        inquiries().receivedBetween(T0, T0.plusSeconds(20)).stream().map(Inquiry::id).toList());
    assertEquals(
        List.of(second.id(), first.id()),
        inquiries().byAskerEmail(new Email("ANNA@example.lu")).stream().map(Inquiry::id).toList());
  }

  // ---------------------------------------------------------------- Recipients and rules

  @Test
  void recipients_roundTrip_areReplacedByPut_andListedByName() {
    Recipient office = storedRecipient(SampleInquiry.institution("Office", InquiryTopic.FUNDING));
    Recipient expert =
        storedRecipient(
            SampleInquiry.expert("Ann Expert", MemberId.newId(), new SectorCode("music")));

    assertEquals(office, recipients().byId(office.id()).orElseThrow());
    assertEquals(expert, recipients().byId(expert.id()).orElseThrow());
    Recipient renamed =
        new Recipient(
            office.id(),
            office.kind(),
            "Benelux Office",
            Optional.empty(),
            office.email(),
            "",
            Set.of(Language.EN),
            Set.of(InquiryTopic.EXPORT, InquiryTopic.OTHER),
            Set.of(new SectorCode("design")),
            false);
    storedRecipient(renamed);

    assertEquals(renamed, recipients().byId(office.id()).orElseThrow());
    assertEquals(
        List.of("Ann Expert", "Benelux Office"),
        recipients().all().stream().map(Recipient::name).toList());
  }

  @Test
  void routingRules_roundTrip_andRemove() {
    Recipient office = storedRecipient(SampleInquiry.institution("Office", InquiryTopic.FUNDING));
    RoutingRule general =
        RoutingRule.of(InquiryTopic.FUNDING, Optional.empty(), Optional.empty(), office.id());
    RoutingRule specific =
        RoutingRule.of(
            InquiryTopic.EXPORT,
            Optional.of(new SectorCode("design")),
            Optional.of(Language.DE),
            office.id());
    inTransaction(
        () -> {
          routingRules().add(general);
          routingRules().add(specific);
        });

    assertEquals(Set.of(general, specific), Set.copyOf(routingRules().all()));
    inTransaction(() -> routingRules().remove(general.id()));
    inTransaction(() -> routingRules().remove(general.id()));
    assertEquals(List.of(specific), routingRules().all());
  }

  private InboxPage inbox(
      Set<InquiryStatus> statuses,
      Set<InquiryTopic> topics,
      Optional<lu.creativecluster.domain.inquiry.RecipientId> recipient,
      boolean overdue,
      String q) {
    return inquiries()
        .inbox(new InboxQuery(statuses, topics, recipient, overdue, q, 0, 10), today());
  }

  private static LocalDate today() {
    return LocalDate.of(2026, 12, 1);
  }

  private static List<?> ids(InboxPage page) {
    return page.items().stream().map(Inquiry::id).toList();
  }

  /** Every field, as the domain exposes it. */
  protected static void assertSameState(Inquiry expected, Inquiry actual) {
    assertEquals(expected.id(), actual.id());
    assertEquals(expected.kind(), actual.kind());
    assertEquals(expected.topic(), actual.topic());
    assertEquals(expected.sector(), actual.sector());
    assertEquals(expected.message(), actual.message());
    assertEquals(expected.asker(), actual.asker());
    assertEquals(expected.language(), actual.language());
    assertEquals(expected.receivedAt(), actual.receivedAt());
    assertEquals(expected.dueDate(), actual.dueDate());
    assertEquals(expected.status(), actual.status());
    assertEquals(expected.recipient(), actual.recipient());
    assertEquals(expected.trackingHash(), actual.trackingHash());
    assertEquals(expected.recipientLinkHash(), actual.recipientLinkHash());
    assertEquals(expected.answer(), actual.answer());
    assertEquals(expected.closedAt(), actual.closedAt());
    assertEquals(expected.remindedAt(), actual.remindedAt());
    assertEquals(expected.anonymisedAt(), actual.anonymisedAt());
    assertEquals(expected.followUps(), actual.followUps());
    assertEquals(expected.history(), actual.history());
  }
}
