package lu.creativecluster.application.port.out.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.TokenPurpose;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

/**
 * Contract test: what every adapter of the {@link MailOutbox} port must do. Its methods are called
 * as the mail delivery job calls them, outside any transaction; only enqueueing happens inside the
 * use case's. Each test starts on an empty outbox.
 */
public abstract class AbstractMailOutboxContractTest {

  protected static final Instant T0 = Instant.parse("2026-03-01T09:15:30.123456Z");

  /** The adapter under test, on a store whose schema has been migrated. */
  protected abstract MailOutbox outbox();

  /** Runs the work in a transaction of its own, committed unless the work throws. */
  protected abstract <T> T inTransaction(Supplier<T> work);

  @Test
  void enqueue_thenDue_returnsTheMailAsWritten_notYetAttempted() {
    String body =
        "Grüß Gott, Zoë!\r\n\r\nÖffnen Sie: https://example.lu/de/set-password?token=abc\n"
            + "—".repeat(20_000);
    OutgoingMail mail = new OutgoingMail(new Email("zoe@example.lu"), "Einladung – Cluster", body);

    outbox().enqueue(mail, T0);

    List<QueuedMail> due = outbox().due(T0, 10);
    assertEquals(1, due.size());
    QueuedMail queued = due.get(0);
    assertEquals(mail, queued.mail());
    assertEquals(0, queued.attempts());
    assertEquals(T0, queued.nextAttemptAt());
  }

  @Test
  void enqueue_aLinkMail_thenDue_returnsItAsWritten() {
    for (TokenPurpose purpose : TokenPurpose.values()) {
      for (Language language : Language.values()) {
        LinkMail link =
            new LinkMail(
                purpose, AccountId.newId(), new Email("zoe@example.lu"), "Zoë Müller", language);
        outbox().enqueue(link, T0);

        QueuedMail queued = outbox().due(T0, 1).get(0);
        assertEquals(link, queued.mail());
        outbox().withdraw(queued.id());
      }
    }
  }

  @Test
  void linkMailsSince_countsTheAccountsMailsOfThatPurpose_waitingOrDelivered() {
    AccountId jane = AccountId.newId();
    outbox().enqueue(link(TokenPurpose.PASSWORD_RESET, jane), T0.minusNanos(1_000));
    outbox().enqueue(link(TokenPurpose.PASSWORD_RESET, jane), T0);
    outbox().enqueue(link(TokenPurpose.PASSWORD_RESET, jane), T0.plusSeconds(60));
    outbox().enqueue(link(TokenPurpose.INVITATION, jane), T0.plusSeconds(60));
    outbox().enqueue(link(TokenPurpose.PASSWORD_RESET, AccountId.newId()), T0.plusSeconds(60));
    outbox().enqueue(mail("jane@example.lu"), T0.plusSeconds(60));
    outbox().delivered(outbox().due(T0, 10).get(1).id(), T0.plusSeconds(1));

    assertEquals(2, outbox().linkMailsSince(jane, TokenPurpose.PASSWORD_RESET, T0));
    assertEquals(3, outbox().linkMailsSince(jane, TokenPurpose.PASSWORD_RESET, T0.minusSeconds(1)));
    assertEquals(1, outbox().linkMailsSince(jane, TokenPurpose.INVITATION, T0));
    assertEquals(0, outbox().linkMailsSince(AccountId.newId(), TokenPurpose.PASSWORD_RESET, T0));
  }

  @Test
  void withdrawLinkMailsOf_takesOutOnlyThatAccountsWaitingLinkMails() {
    AccountId jane = AccountId.newId();
    outbox().enqueue(link(TokenPurpose.PASSWORD_RESET, jane), T0);
    UUID delivered = outbox().due(T0, 1).get(0).id();
    outbox().delivered(delivered, T0);
    outbox().enqueue(link(TokenPurpose.PASSWORD_RESET, jane), T0.plusSeconds(1));
    outbox().enqueue(link(TokenPurpose.INVITATION, jane), T0.plusSeconds(2));
    outbox().enqueue(link(TokenPurpose.PASSWORD_RESET, AccountId.newId()), T0.plusSeconds(3));
    outbox().enqueue(mail("jane@example.lu"), T0.plusSeconds(4));

    assertEquals(2, outbox().withdrawLinkMailsOf(jane));

    List<QueuedMail> left = outbox().due(T0.plusSeconds(10), 10);
    assertEquals(2, left.size());
    assertEquals(OutgoingMail.class, left.get(1).mail().getClass());
    assertEquals(
        1,
        outbox().linkMailsSince(jane, TokenPurpose.PASSWORD_RESET, T0),
        "the delivered one still counts");
  }

  @Test
  void withdraw_takesTheMailOut_andAnUnknownIdIsNoError() {
    outbox().enqueue(mail("gone@example.lu"), T0);
    outbox().enqueue(mail("kept@example.lu"), T0);

    outbox().withdraw(idOf("gone@example.lu", outbox().due(T0, 10)));
    outbox().withdraw(UUID.randomUUID());

    assertEquals(List.of("kept@example.lu"), recipients(outbox().due(T0, 10)));
  }

  @Test
  void due_isOldestFirst_andAtMostMax() {
    outbox().enqueue(mail("second@example.lu"), T0.plusSeconds(2));
    outbox().enqueue(mail("first@example.lu"), T0);
    outbox().enqueue(mail("third@example.lu"), T0.plusSeconds(3));
    outbox().enqueue(mail("micro-later@example.lu"), T0.plusNanos(1_000));
    Instant now = T0.plusSeconds(60);

    assertEquals(
        List.of(
            "first@example.lu", "micro-later@example.lu", "second@example.lu", "third@example.lu"),
        recipients(outbox().due(now, 10)));
    assertEquals(
        List.of("first@example.lu", "micro-later@example.lu"), recipients(outbox().due(now, 2)));
    assertEquals(List.of(), outbox().due(now, 0));
  }

  @Test
  void claim_returnsDueMails_andHidesThemUntilTheLeasePasses() {
    outbox().enqueue(mail("first@example.lu"), T0);
    outbox().enqueue(mail("second@example.lu"), T0.plusSeconds(1));
    outbox().enqueue(mail("later@example.lu"), T0.plusSeconds(60));
    Instant lease = T0.plusSeconds(600);

    List<QueuedMail> claimed = outbox().claim(T0.plusSeconds(1), 10, lease);

    assertEquals(List.of("first@example.lu", "second@example.lu"), recipients(claimed));
    assertEquals(List.of(), outbox().claim(T0.plusSeconds(1), 10, lease));
    assertEquals(List.of(), outbox().due(T0.plusSeconds(1), 10));
    assertEquals(
        List.of("later@example.lu"),
        recipients(outbox().claim(T0.plusSeconds(60), 10, lease.plusSeconds(60))));
    assertEquals(
        List.of("first@example.lu", "second@example.lu"),
        recipients(outbox().due(lease, 10)),
        "a claimer that never reported back leaves its mails due again after the lease");
  }

  @Test
  void claim_takesAtMostMax_oldestFirst_andAReportedAttemptEndsTheLease() {
    outbox().enqueue(mail("first@example.lu"), T0);
    outbox().enqueue(mail("second@example.lu"), T0.plusSeconds(1));

    QueuedMail first = outbox().claim(T0.plusSeconds(5), 1, T0.plusSeconds(600)).get(0);
    outbox().attemptFailed(first.id(), 1, T0.plusSeconds(65), "421 busy");

    assertEquals(
        List.of("second@example.lu"),
        recipients(outbox().claim(T0.plusSeconds(5), 10, T0.plusSeconds(600))));
    assertEquals(
        List.of("first@example.lu"),
        recipients(outbox().claim(T0.plusSeconds(65), 10, T0.plusSeconds(700))));
    assertEquals(List.of(), outbox().claim(T0.plusSeconds(65), 0, T0.plusSeconds(700)));
  }

  @Test
  void due_leavesOutMailsWhoseTimeHasNotCome() {
    outbox().enqueue(mail("now@example.lu"), T0);
    outbox().enqueue(mail("later@example.lu"), T0.plusSeconds(1));

    assertEquals(List.of(), outbox().due(T0.minusNanos(1_000), 10));
    assertEquals(List.of("now@example.lu"), recipients(outbox().due(T0, 10)));
    assertEquals(
        List.of("now@example.lu"), recipients(outbox().due(T0.plusNanos(999_999_999), 10)));
  }

  @Test
  void delivered_takesTheMailOutOfDue() {
    outbox().enqueue(mail("delivered@example.lu"), T0);
    outbox().enqueue(mail("waiting@example.lu"), T0);
    UUID delivered = idOf("delivered@example.lu", outbox().due(T0, 10));

    outbox().delivered(delivered, T0.plusSeconds(1));

    assertEquals(List.of("waiting@example.lu"), recipients(outbox().due(T0.plusSeconds(3600), 10)));
  }

  @Test
  void attemptFailed_countsTheAttempt_andPostponesTheMail() {
    outbox().enqueue(mail("retry@example.lu"), T0);
    UUID id = outbox().due(T0, 1).get(0).id();
    Instant retryAt = T0.plus(Duration.ofMinutes(5)).plusNanos(1_000);

    outbox().attemptFailed(id, 1, retryAt, "421 Service not available");

    assertEquals(List.of(), outbox().due(retryAt.minusNanos(1_000), 10));
    QueuedMail again = outbox().due(retryAt, 10).get(0);
    assertEquals(id, again.id());
    assertEquals(1, again.attempts());
    assertEquals(retryAt, again.nextAttemptAt());
  }

  @Test
  void attemptFailed_thenDelivered_endsTheRetries() {
    outbox().enqueue(mail("late@example.lu"), T0);
    UUID id = outbox().due(T0, 1).get(0).id();
    outbox().attemptFailed(id, 1, T0.plusSeconds(60), null);
    outbox().attemptFailed(id, 2, T0.plusSeconds(180), "connection refused");

    outbox().delivered(id, T0.plusSeconds(180));

    assertEquals(List.of(), outbox().due(T0.plusSeconds(86_400), 10));
  }

  @Test
  void aMailEnqueuedByAUseCaseThatRollsBack_isNeverSent() {
    assertThrows(
        IllegalStateException.class,
        () ->
            inTransaction(
                () -> {
                  outbox().enqueue(mail("rolled-back@example.lu"), T0);
                  throw new IllegalStateException("the use case failed");
                }));

    assertEquals(List.of(), outbox().due(T0, 10));
  }

  @Test
  void aMailEnqueuedByAUseCase_isDueOnceItCommits() {
    inTransaction(
        () -> {
          outbox().enqueue(mail("committed@example.lu"), T0);
          return null;
        });

    assertEquals(List.of("committed@example.lu"), recipients(outbox().due(T0, 10)));
  }

  @Test
  void deliveredAndAttemptFailed_givenAnUnknownMail_areRejected() {
    UUID unknown = UUID.randomUUID();

    assertThrows(IllegalArgumentException.class, () -> outbox().delivered(unknown, T0));
    assertThrows(IllegalArgumentException.class, () -> outbox().attemptFailed(unknown, 1, T0, "x"));
  }

  protected static LinkMail link(TokenPurpose purpose, AccountId account) {
    return new LinkMail(purpose, account, new Email("jane@example.lu"), "Jane", Language.DE);
  }

  protected static OutgoingMail mail(String to) {
    return new OutgoingMail(new Email(to), "Subject", "Body");
  }

  protected static List<String> recipients(List<QueuedMail> mails) {
    return mails.stream().map(m -> m.mail().to().value()).toList();
  }

  protected static UUID idOf(String recipient, List<QueuedMail> mails) {
    return mails.stream()
        .filter(m -> m.mail().to().value().equals(recipient))
        .findFirst()
        .orElseThrow()
        .id();
  }
}
