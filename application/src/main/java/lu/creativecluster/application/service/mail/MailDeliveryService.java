package lu.creativecluster.application.service.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import lu.creativecluster.application.port.in.mail.DeliverPendingMailUseCase;
import lu.creativecluster.application.port.out.mail.MailOutbox;
import lu.creativecluster.application.port.out.mail.Mailer;
import lu.creativecluster.application.port.out.mail.QueuedMail;

/**
 * Use case service: hands due mails to the mail server one by one. It runs outside any transaction
 * so that no database transaction waits on SMTP; each outbox call is its own short transaction in
 * the adapter. A mail the server refuses is retried after a pause that doubles (1 minute up to 1
 * hour), and never holds up the mails behind it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class MailDeliveryService implements DeliverPendingMailUseCase {

  static final int BATCH_SIZE = 20;
  static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
  static final Duration LONGEST_PAUSE = Duration.ofHours(1);
  static final int MAX_ERROR_LENGTH = 200;

  private static final System.Logger LOG = System.getLogger(MailDeliveryService.class.getName());

  private final MailOutbox outbox;
  private final Mailer mailer;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected MailDeliveryService() {
    this(null, null, null);
  }

  @Inject
  public MailDeliveryService(MailOutbox outbox, Mailer mailer, Clock clock) {
    this.outbox = outbox;
    this.mailer = mailer;
    this.clock = clock;
  }

  @Override
  public int deliverDue() {
    int delivered = 0;
    for (QueuedMail queued : outbox.due(clock.instant(), BATCH_SIZE)) {
      try {
        if (deliver(queued)) {
          delivered++;
        }
      } catch (RuntimeException e) {
        // The outbox itself failed for this mail; it stays due and the next round tries again.
        LOG.log(Level.WARNING, "mail " + queued.id() + " could not be updated in the outbox", e);
      }
    }
    return delivered;
  }

  private boolean deliver(QueuedMail queued) {
    try {
      mailer.deliver(queued.mail());
    } catch (RuntimeException e) {
      int attempts = queued.attempts() + 1;
      String error = describe(e);
      LOG.log(
          Level.WARNING, "mail {0} not delivered, attempt {1}: {2}", queued.id(), attempts, error);
      outbox.attemptFailed(
          queued.id(), attempts, clock.instant().plus(pauseAfter(attempts)), error);
      return false;
    }
    outbox.delivered(queued.id(), clock.instant());
    return true;
  }

  /** 1, 2, 4, … minutes after the 1st, 2nd, 3rd failure, never more than an hour. */
  static Duration pauseAfter(int attempts) {
    int doublings = Math.max(0, attempts - 1);
    if (doublings >= 6) {
      return LONGEST_PAUSE;
    }
    Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
    return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
  }

  /** One printable line, short enough for a column: the server's reply may hold anything. */
  static String describe(RuntimeException e) {
    String text =
        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    String line = text.replaceAll("\\p{Cntrl}+", " ").strip();
    return line.length() <= MAX_ERROR_LENGTH ? line : line.substring(0, MAX_ERROR_LENGTH);
  }
}
