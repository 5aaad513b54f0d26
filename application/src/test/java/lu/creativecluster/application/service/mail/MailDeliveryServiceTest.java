package lu.creativecluster.application.service.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lu.creativecluster.application.port.in.mail.MailDeliverySettings;
import lu.creativecluster.application.port.out.mail.MailDeliveryException;
import lu.creativecluster.application.port.out.mail.OutgoingMail;
import lu.creativecluster.application.service.audit.MutableClock;
import lu.creativecluster.domain.shared.Email;
import org.junit.jupiter.api.Test;

class MailDeliveryServiceTest {

  private static final Email BROKEN = new Email("broken@example.lu");
  private static final Email FINE = new Email("fine@example.lu");

  private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
  private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
  private final RecordingMailer mailer = new RecordingMailer();
  // Mails written in full need no templates, accounts or links; link mails are tested with the
  // account services (LinkMailDeliveryTest).
  private final MailDeliveryService service =
      new MailDeliveryService(outbox, mailer, null, null, null, clock);

  private void enqueue(Email to) {
    outbox.enqueue(new OutgoingMail(to, "Subject", "Body"), clock.instant());
  }

  @Test
  void dueMails_areHandedToTheServerAndMarkedDelivered() {
    enqueue(FINE);
    enqueue(new Email("other@example.lu"));

    assertEquals(2, service.deliverDue());

    assertEquals(2, mailer.sent().size());
    assertTrue(outbox.entries().stream().allMatch(e -> e.deliveredAt().isPresent()));
    assertEquals(0, service.deliverDue(), "a delivered mail is not sent again");
  }

  @Test
  void theFirstRetryPause_isConfigurable_andStillDoubles() {
    MailDeliveryService quick =
        new MailDeliveryService(
            outbox,
            mailer,
            null,
            null,
            null,
            clock,
            new MailDeliverySettings(Duration.ofSeconds(1)));
    enqueue(BROKEN);
    mailer.refuse(BROKEN);

    quick.deliverDue();
    assertEquals(clock.instant().plusSeconds(1), outbox.entries().get(0).nextAttemptAt());
    clock.advance(Duration.ofSeconds(1));
    quick.deliverDue();
    assertEquals(clock.instant().plusSeconds(2), outbox.entries().get(0).nextAttemptAt());
  }

  @Test
  void aRefusedMail_staysForALaterAttempt_andDoesNotHoldUpTheNext() {
    enqueue(BROKEN);
    enqueue(FINE);
    mailer.refuse(BROKEN);

    assertEquals(1, service.deliverDue());

    assertEquals(List.of(FINE), mailer.sent().stream().map(OutgoingMail::to).toList());
    InMemoryMailOutbox.Entry kept = outbox.entries().get(0);
    assertTrue(kept.deliveredAt().isEmpty());
    assertEquals(1, kept.attempts());
    assertEquals(clock.instant().plus(Duration.ofMinutes(1)), kept.nextAttemptAt());
    assertEquals("MailDeliveryException: 421 service not available", kept.lastError());
  }

  @Test
  void aMailIsNotTriedBeforeItsNextAttemptIsDue() {
    enqueue(BROKEN);
    mailer.refuse(BROKEN);
    service.deliverDue();
    mailer.accept(BROKEN);

    clock.advance(Duration.ofSeconds(59));
    assertEquals(0, service.deliverDue());

    clock.advance(Duration.ofSeconds(1));
    assertEquals(1, service.deliverDue());
    assertEquals(List.of(BROKEN), mailer.sent().stream().map(OutgoingMail::to).toList());
  }

  @Test
  void thePauseDoublesFromOneMinuteAndStopsGrowingAtOneHour() {
    enqueue(BROKEN);
    mailer.refuse(BROKEN);
    List<Duration> pauses = new ArrayList<>();

    for (int attempt = 1; attempt <= 9; attempt++) {
      Instant triedAt = clock.instant();
      service.deliverDue();
      Instant next = outbox.entries().get(0).nextAttemptAt();
      pauses.add(Duration.between(triedAt, next));
      clock.advance(Duration.between(triedAt, next));
    }

    assertEquals(
        List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L),
        pauses.stream().map(Duration::toMinutes).toList());
    assertEquals(9, outbox.entries().get(0).attempts());
    assertTrue(mailer.sent().isEmpty());
  }

  @Test
  void anyFailureOfTheMailer_isRetriedLikeARefusal() {
    enqueue(BROKEN);
    enqueue(FINE);
    mailer.refuse(BROKEN, new IllegalStateException("mail session missing"));

    assertEquals(1, service.deliverDue());

    assertEquals(1, outbox.entries().get(0).attempts());
    assertEquals(
        "IllegalStateException: mail session missing", outbox.entries().get(0).lastError());
  }

  @Test
  void theErrorKept_isOneShortLine() {
    enqueue(BROKEN);
    String reply = "550 rejected\r\n" + "x".repeat(500);
    mailer.refuse(BROKEN, new MailDeliveryException(reply, null));

    service.deliverDue();

    String error = outbox.entries().get(0).lastError();
    assertFalse(error.contains("\n") || error.contains("\r"), error);
    assertEquals(MailDeliveryService.MAX_ERROR_LENGTH, error.length());
    assertTrue(error.startsWith("MailDeliveryException: 550 rejected x"), error);
  }

  @Test
  void oneRoundDeliversAtMostTwentyMails_theRestFollowInTheNext() {
    for (int i = 0; i < 25; i++) {
      enqueue(new Email("person" + i + "@example.lu"));
      clock.advance(Duration.ofMillis(1));
    }

    assertEquals(20, service.deliverDue());
    assertEquals(5, service.deliverDue());
    assertEquals(new Email("person0@example.lu"), mailer.sent().get(0).to());
  }

  @Test
  void whenTheOutboxCannotRecordOneDelivery_theOtherMailsStillGo() {
    enqueue(BROKEN);
    enqueue(FINE);
    outbox.failToRecordDeliveryOf(outbox.entries().get(0).id());

    assertEquals(1, service.deliverDue());

    assertEquals(2, mailer.sent().size());
    assertTrue(outbox.entries().get(0).deliveredAt().isEmpty(), "still due: sent again later");
    assertTrue(outbox.entries().get(1).deliveredAt().isPresent());
  }
}
