package lu.creativecluster.application.service.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.inquiry.AnswerInquiryCommand;
import lu.creativecluster.application.port.in.inquiry.AskerView;
import lu.creativecluster.application.port.in.inquiry.CloseInquiriesCommand;
import lu.creativecluster.application.port.in.inquiry.CloseResult;
import lu.creativecluster.application.port.in.inquiry.ForwardInquiryCommand;
import lu.creativecluster.application.port.in.inquiry.InboxQuery;
import lu.creativecluster.application.port.in.inquiry.InquiryFigures;
import lu.creativecluster.application.port.in.inquiry.InquiryNotFoundException;
import lu.creativecluster.application.port.in.inquiry.InquirySettings;
import lu.creativecluster.application.port.in.inquiry.RecipientNotFoundException;
import lu.creativecluster.application.port.in.inquiry.RejectInquiryCommand;
import lu.creativecluster.application.port.in.inquiry.RoutingSuggestion;
import lu.creativecluster.application.port.in.inquiry.SubmitInquiryCommand;
import lu.creativecluster.application.port.in.inquiry.SubmittedInquiry;
import lu.creativecluster.application.port.in.inquiry.TriageInquiryCommand;
import lu.creativecluster.application.port.out.mail.OutgoingMail;
import lu.creativecluster.application.port.out.member.SampleMember;
import lu.creativecluster.application.service.account.FakeMailTemplates;
import lu.creativecluster.application.service.account.LinkSecrets;
import lu.creativecluster.application.service.audit.InMemoryAuditLog;
import lu.creativecluster.application.service.audit.MutableClock;
import lu.creativecluster.application.service.mail.InMemoryMailOutbox;
import lu.creativecluster.application.service.member.InMemoryMembers;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.inquiry.IllegalInquiryTransitionException;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryId;
import lu.creativecluster.domain.inquiry.InquiryKind;
import lu.creativecluster.domain.inquiry.InquiryStatus;
import lu.creativecluster.domain.inquiry.InquiryTopic;
import lu.creativecluster.domain.inquiry.InvalidInquiryException;
import lu.creativecluster.domain.inquiry.Recipient;
import lu.creativecluster.domain.inquiry.RecipientId;
import lu.creativecluster.domain.inquiry.RoutingRule;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

/** Service tests: the inquiry use cases on in-memory fakes of every port. */
class InquiryServicesTest {

  /** Monday 30 November 2026, 10:00 in Luxembourg. */
  private final MutableClock clock = MutableClock.at("2026-11-30T09:00:00Z");

  private final InMemoryInquiryStore store = new InMemoryInquiryStore();
  private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
  private final InMemoryAuditLog audit = new InMemoryAuditLog();
  private final InMemoryMembers members = new InMemoryMembers();
  private final FakeMailTemplates templates = new FakeMailTemplates();
  private final InquirySettings settings = InquirySettings.defaults();

  private final SubmitInquiryService submit =
      new SubmitInquiryService(store, outbox, templates, settings, clock);
  private final TrackInquiryService track = new TrackInquiryService(store);
  private final AddFollowUpService followUps =
      new AddFollowUpService(store, store, outbox, templates, clock);
  private final SuggestRoutingService suggestions =
      new SuggestRoutingService(store, store, store.routingRules(), members);
  private final InquiryDecisionService decisions =
      new InquiryDecisionService(store, store, outbox, templates, audit, clock);
  private final RecipientReplyService replies =
      new RecipientReplyService(store, outbox, templates, clock);
  private final CloseInquiriesService closing = new CloseInquiriesService(store, audit, clock);
  private final StaffInboxService inbox = new StaffInboxService(store, clock);
  private final InquiryJobsService jobs =
      new InquiryJobsService(store, store, outbox, templates, audit, settings, clock);
  private final InquiryFiguresService figures = new InquiryFiguresService(store);

  private final Actor staff =
      Actor.person(AccountId.newId().toString(), "Staff", Set.of(Role.STAFF));
  private final Recipient ipOffice =
      recipient("IP Office", Set.of(Language.FR, Language.DE), InquiryTopic.INTELLECTUAL_PROPERTY);

  private Recipient recipient(String name, Set<Language> languages, InquiryTopic topic) {
    Recipient r =
        new Recipient(
            RecipientId.newId(),
            Recipient.Kind.INSTITUTION,
            name,
            Optional.empty(),
            new Email(name.toLowerCase().replace(" ", "") + "@example.org"),
            "",
            languages,
            Set.of(topic),
            Set.of(),
            true);
    store.put(r);
    return r;
  }

  private SubmitInquiryCommand command(InquiryKind kind, InquiryTopic topic, String message) {
    return new SubmitInquiryCommand(
        kind,
        topic,
        Optional.of(new SectorCode("design")),
        message,
        "Léa Muller",
        new Email("lea@example.lu"),
        "Atelier Muller",
        Language.FR,
        true);
  }

  private SubmittedInquiry asked() {
    return submit.submit(
        command(InquiryKind.QUESTION, InquiryTopic.INTELLECTUAL_PROPERTY, "Trademark my logo?"));
  }

  private String forwarded(InquiryId id) {
    decisions.forward(new ForwardInquiryCommand(staff, id, ipOffice.id(), "", "198.51.100.1"));
    return FakeMailTemplates.inquirySecretIn(lastMail());
  }

  private OutgoingMail lastMail() {
    List<OutgoingMail> mails = outbox.outgoingMails();
    return mails.get(mails.size() - 1);
  }

  // ---------------------------------------------------------------- asking

  @Test
  void submitting_storesTheInquiry_andQueuesTheConfirmationWithTheTrackingLink() {
    SubmittedInquiry submitted = asked();

    Inquiry stored = store.byId(submitted.id()).orElseThrow();
    assertEquals(InquiryStatus.RECEIVED, stored.status());
    assertEquals(java.time.LocalDate.of(2026, 12, 7), submitted.dueDate());
    OutgoingMail mail = lastMail();
    assertEquals(new Email("lea@example.lu"), mail.to());
    assertEquals("inquiry-received/fr", mail.subject());
    String secret = FakeMailTemplates.inquirySecretIn(mail);
    assertEquals(submitted.trackingToken(), secret);
    assertEquals(Optional.of(LinkSecrets.hashOf(secret)), stored.trackingHash());
    assertFalse(stored.trackingHash().get().contains(secret), "only the hash is stored");
    assertEquals("Trademark my logo?", track.track(secret).message());
  }

  @Test
  void submittingWithoutConsent_storesNothing_andSendsNothing() {
    SubmitInquiryCommand noConsent =
        new SubmitInquiryCommand(
            InquiryKind.QUESTION,
            InquiryTopic.OTHER,
            Optional.empty(),
            "text",
            "Léa",
            new Email("lea@example.lu"),
            "",
            Language.EN,
            false);

    InvalidInquiryException e =
        assertThrows(InvalidInquiryException.class, () -> submit.submit(noConsent));

    assertEquals("consent", e.field());
    assertEquals(0, store.inbox(InboxQuery.all(), java.time.LocalDate.MAX).total());
    assertEquals(List.of(), outbox.entries());
  }

  @Test
  void anUnknownOrMalformedTrackingToken_findsNothing() {
    asked();

    assertThrows(InquiryNotFoundException.class, () -> track.track(LinkSecrets.newSecret()));
    assertThrows(InquiryNotFoundException.class, () -> track.track("' or 1=1 --"));
    assertThrows(InquiryNotFoundException.class, () -> track.track(null));
  }

  @Test
  void aFollowUp_onAForwardedInquiry_isMailedToTheRecipient() {
    SubmittedInquiry submitted = asked();
    forwarded(submitted.id());

    AskerView view = followUps.addFollowUp(submitted.trackingToken(), "Also the website?");

    assertEquals(1, view.followUps().size());
    assertEquals("inquiry-follow-up/fr", lastMail().subject());
    assertEquals(ipOffice.email(), lastMail().to());
  }

  // ---------------------------------------------------------------- routing

  @Test
  void aQuestion_getsTheRecipientOfTheMostSpecificRule_andNoMembers() {
    Recipient expert =
        recipient("Design Expert", Set.of(Language.EN), InquiryTopic.INTELLECTUAL_PROPERTY);
    store.add(
        RoutingRule.of(
            InquiryTopic.INTELLECTUAL_PROPERTY, Optional.empty(), Optional.empty(), ipOffice.id()));
    store.add(
        RoutingRule.of(
            InquiryTopic.INTELLECTUAL_PROPERTY,
            Optional.of(new SectorCode("design")),
            Optional.empty(),
            expert.id()));

    RoutingSuggestion suggestion = suggestions.suggest(staff, asked().id());

    assertEquals(Optional.of(expert), suggestion.recipient());
    assertEquals(List.of(), suggestion.members());
  }

  @Test
  void anOffer_suggestsActiveMembersBySectorAndKeyword_bestFitFirst() {
    members.add(
        SampleMember.named("Bright Motion").sectors("design").keywords("motion design").build());
    members.add(
        SampleMember.named("Anna Sound").sectors("music").keywords("motion design").build());
    members.add(SampleMember.named("Cleo Print").sectors("design").build());
    members.add(SampleMember.named("Dora Film").sectors("film-audiovisual").build());
    members.add(
        SampleMember.named("Eve Applied")
            .sectors("design")
            .keywords("motion design")
            .applied()
            .build());
    SubmittedInquiry offer =
        submit.submit(
            command(
                InquiryKind.OFFER,
                InquiryTopic.PARTNERS,
                "We look for motion design for a product launch."));

    List<String> names =
        suggestions.suggest(staff, offer.id()).members().stream()
            .map(m -> m.displayName())
            .toList();

    assertEquals(List.of("Bright Motion", "Anna Sound", "Cleo Print"), names);
  }

  @Test
  void onlyStaff_triageForwardAndReadTheInbox() {
    InquiryId id = asked().id();
    Actor member = Actor.person(AccountId.newId().toString(), "M", Set.of(Role.MEMBER));

    for (Actor actor : List.of(Actor.visitor(), member, Actor.partner("app", Set.of("audit")))) {
      assertThrows(
          AccessDeniedException.class,
          () -> decisions.triage(new TriageInquiryCommand(actor, id, Optional.empty(), "", "")));
      assertThrows(
          AccessDeniedException.class,
          () -> decisions.forward(new ForwardInquiryCommand(actor, id, ipOffice.id(), "", "")));
      assertThrows(AccessDeniedException.class, () -> inbox.inbox(actor, InboxQuery.all()));
      assertThrows(AccessDeniedException.class, () -> suggestions.suggest(actor, id));
      assertThrows(
          AccessDeniedException.class,
          () -> figures.figures(actor, Instant.EPOCH, clock.instant()));
    }
    assertEquals(InquiryStatus.RECEIVED, store.byId(id).orElseThrow().status());
  }

  @Test
  void forwardingToAnUnknownOrInactiveRecipient_isRefused() {
    InquiryId id = asked().id();
    Recipient inactive =
        new Recipient(
            RecipientId.newId(),
            Recipient.Kind.INSTITUTION,
            "Closed Office",
            Optional.empty(),
            new Email("closed@example.org"),
            "",
            Set.of(Language.EN),
            Set.of(InquiryTopic.OTHER),
            Set.of(),
            false);
    store.put(inactive);

    assertThrows(
        RecipientNotFoundException.class,
        () -> decisions.forward(new ForwardInquiryCommand(staff, id, inactive.id(), "", "")));
    assertThrows(
        RecipientNotFoundException.class,
        () -> decisions.forward(new ForwardInquiryCommand(staff, id, RecipientId.newId(), "", "")));
  }

  // ---------------------------------------------------------------- the recipient's link

  @Test
  void theRecipient_answersThroughItsLink_theAskerGetsTheAnswer_andClosingEndsTheLink() {
    SubmittedInquiry submitted = asked();
    String link = forwarded(submitted.id());
    OutgoingMail forwarding = lastMail();
    assertEquals(ipOffice.email(), forwarding.to());
    assertEquals("inquiry-forwarded/fr", forwarding.subject());
    assertEquals(
        Optional.of(LinkSecrets.hashOf(link)),
        store.byId(submitted.id()).orElseThrow().recipientLinkHash());

    replies.answer(link, "File it at the Benelux office.");

    assertEquals("inquiry-answered/fr", lastMail().subject());
    assertEquals(new Email("lea@example.lu"), lastMail().to());
    assertEquals(
        Optional.of("File it at the Benelux office."),
        track.track(submitted.trackingToken()).answer());
    assertThrows(IllegalInquiryTransitionException.class, () -> replies.answer(link, "again"));

    closing.close(new CloseInquiriesCommand(staff, Set.of(submitted.id()), "", ""));
    assertThrows(InquiryNotFoundException.class, () -> replies.view(link));
    assertEquals(InquiryStatus.CLOSED, track.track(submitted.trackingToken()).status());
  }

  @Test
  void aDecline_putsItBackToTriage_andTheLinkStopsWorking() {
    SubmittedInquiry submitted = asked();
    String link = forwarded(submitted.id());

    replies.decline(link, "Not our field");

    assertEquals(InquiryStatus.TRIAGED, store.byId(submitted.id()).orElseThrow().status());
    assertThrows(InquiryNotFoundException.class, () -> replies.view(link));
  }

  @Test
  void forwardingElsewhere_endsTheFirstRecipientsLink() {
    SubmittedInquiry submitted = asked();
    String first = forwarded(submitted.id());
    Recipient chamber =
        recipient("Chamber", Set.of(Language.EN), InquiryTopic.INTELLECTUAL_PROPERTY);

    decisions.forward(new ForwardInquiryCommand(staff, submitted.id(), chamber.id(), "", ""));

    assertThrows(InquiryNotFoundException.class, () -> replies.view(first));
    assertEquals("inquiry-forwarded/en", lastMail().subject(), "in a language the recipient reads");
  }

  // ---------------------------------------------------------------- staff decisions

  @Test
  void answeringDirectly_mailsTheAsker_andIsAudited() {
    SubmittedInquiry submitted = asked();

    decisions.answer(
        new AnswerInquiryCommand(staff, submitted.id(), "Here is how.", "198.51.100.1"));

    assertEquals("inquiry-answered/fr", lastMail().subject());
    assertEquals(AuditAction.INQUIRY_ANSWERED, audit.last().action());
    assertEquals(submitted.id().toString(), audit.last().target());
  }

  @Test
  void rejectingAsSpam_sendsNoMail_andTheInquiryIsNotCounted() {
    SubmittedInquiry submitted = asked();
    int mails = outbox.entries().size();

    decisions.reject(new RejectInquiryCommand(staff, submitted.id(), "spam", ""));

    assertEquals(mails, outbox.entries().size());
    assertEquals(
        0,
        figures.figures(staff, Instant.EPOCH, clock.instant().plusSeconds(1)).total().received());
  }

  @Test
  void bulkClose_closesWhatMayClose_andSaysWhyNotForTheRest() {
    InquiryId answered = asked().id();
    decisions.answer(new AnswerInquiryCommand(staff, answered, "done", ""));
    InquiryId open = asked().id();
    InquiryId rejected = asked().id();
    decisions.reject(new RejectInquiryCommand(staff, rejected, "spam", ""));
    InquiryId unknown = InquiryId.newId();

    CloseResult result =
        closing.close(
            new CloseInquiriesCommand(staff, Set.of(answered, open, rejected, unknown), "", ""));

    assertEquals(List.of(answered), result.closed());
    assertEquals(
        Map.of(open, "reason-required", rejected, "status", unknown, "not-found"),
        result.skipped());
    assertEquals(
        List.of(open),
        closing
            .close(new CloseInquiriesCommand(staff, Set.of(open), "answered by phone", ""))
            .closed());
  }

  @Test
  void theInbox_flagsOverdueInquiries() {
    InquiryId id = asked().id();
    clock.advance(Duration.ofDays(8));

    var page =
        inbox.inbox(staff, new InboxQuery(Set.of(), Set.of(), Optional.empty(), true, "", 0, 10));

    assertEquals(List.of(id), page.items().stream().map(Inquiry::id).toList());
    assertTrue(inbox.isOverdue(page.items().get(0)));
  }

  // ---------------------------------------------------------------- jobs and figures

  @Test
  void anOverdueForwardedInquiry_remindsItsRecipientOnce() {
    SubmittedInquiry submitted = asked();
    forwarded(submitted.id());
    assertEquals(0, jobs.remindOverdue(), "not yet due");

    clock.advance(Duration.ofDays(8));
    assertEquals(1, jobs.remindOverdue());
    assertEquals("inquiry-reminder/fr", lastMail().subject());
    assertEquals(ipOffice.email(), lastMail().to());
    assertEquals(0, jobs.remindOverdue(), "once per inquiry");
  }

  @Test
  void closedInquiries_areAnonymisedAfter24Months_andTheFiguresStayTheSame() {
    Instant start = clock.instant();
    SubmittedInquiry submitted = asked();
    clock.advance(Duration.ofHours(5));
    decisions.answer(new AnswerInquiryCommand(staff, submitted.id(), "done", ""));
    closing.close(new CloseInquiriesCommand(staff, Set.of(submitted.id()), "", ""));
    InquiryFigures before = figures.figures(staff, start, start.plus(Duration.ofDays(1)));

    clock.advance(Duration.ofDays(365 * 2 - 10));
    assertEquals(0, jobs.anonymiseExpired(), "not yet 24 months");
    clock.advance(Duration.ofDays(15));
    assertEquals(1, jobs.anonymiseExpired());

    Inquiry anonymised = store.byId(submitted.id()).orElseThrow();
    assertEquals(Optional.empty(), anonymised.asker());
    assertThrows(InquiryNotFoundException.class, () -> track.track(submitted.trackingToken()));
    assertEquals(before, figures.figures(staff, start, start.plus(Duration.ofDays(1))));
    assertEquals(Optional.of(Duration.ofHours(5)), before.total().median());
    assertEquals(0, jobs.anonymiseExpired(), "done once");
  }

  @Test
  void figures_giveMedianAndP90_byTopicRecipientAndMonth() {
    Instant start = clock.instant();
    for (int hours : new int[] {1, 2, 3, 4, 10}) {
      InquiryId id = asked().id();
      clock.advance(Duration.ofHours(hours));
      String link = forwarded(id);
      replies.answer(link, "answer");
    }
    asked();

    InquiryFigures result = figures.figures(staff, start, clock.instant().plusSeconds(1));

    assertEquals(6, result.total().received());
    assertEquals(5, result.total().answered());
    assertEquals(Optional.of(Duration.ofHours(3)), result.total().median());
    assertEquals(Optional.of(Duration.ofHours(10)), result.total().p90());
    assertEquals(5, result.byRecipient().get(ipOffice.id()).answered());
    assertEquals(6, result.byTopic().get(InquiryTopic.INTELLECTUAL_PROPERTY).received());
    // The sixth came 20 hours after the first: 1 December in Luxembourg.
    assertEquals(5, result.byMonth().get(java.time.YearMonth.of(2026, 11)).received());
    assertEquals(1, result.byMonth().get(java.time.YearMonth.of(2026, 12)).received());
  }

  @Test
  void median_ofAnEvenCount_isTheMeanOfTheMiddleTwo() {
    assertEquals(
        Optional.of(Duration.ofMinutes(90)),
        InquiryFiguresService.median(List.of(Duration.ofHours(1), Duration.ofHours(2))));
    assertEquals(Optional.empty(), InquiryFiguresService.percentile90(List.of()));
  }

  // ---------------------------------------------------------------- demo

  @Test
  void theDemoDirectory_isSeededOnce_andRoutesDesignTrademarksToTheExpert() {
    DemoRoutingService demo =
        new DemoRoutingService(new InMemoryInquiryStore(), store.routingRules());
    InMemoryInquiryStore empty = new InMemoryInquiryStore();
    DemoRoutingService seeding = new DemoRoutingService(empty, empty.routingRules());

    assertEquals(8, seeding.seedDemoRouting());
    assertEquals(0, seeding.seedDemoRouting());
    assertEquals(8, empty.all().size());
    assertTrue(
        empty.rules().stream().allMatch(rule -> empty.byId(rule.recipient()).isPresent()),
        "every rule names a seeded recipient");
    SuggestRoutingService router =
        new SuggestRoutingService(store, empty, empty.routingRules(), members);
    assertEquals(
        Optional.of(DemoRoutingService.TRADEMARK_EXPERT),
        router.suggest(staff, asked().id()).recipient().map(Recipient::id));
  }
}
