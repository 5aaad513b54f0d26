package lu.creativecluster.application.service.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import lu.creativecluster.application.port.in.mail.DeliverPendingMailUseCase;
import lu.creativecluster.application.port.in.mail.MailDeliverySettings;
import lu.creativecluster.application.port.out.account.Accounts;
import lu.creativecluster.application.port.out.account.OneTimeTokens;
import lu.creativecluster.application.port.out.mail.LinkMail;
import lu.creativecluster.application.port.out.mail.MailOutbox;
import lu.creativecluster.application.port.out.mail.MailTemplates;
import lu.creativecluster.application.port.out.mail.Mailer;
import lu.creativecluster.application.port.out.mail.OutgoingMail;
import lu.creativecluster.application.port.out.mail.QueuedMail;
import lu.creativecluster.application.service.account.LinkSecrets;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountStatus;
import lu.creativecluster.domain.account.OneTimeToken;
import lu.creativecluster.domain.account.TokenPurpose;

/**
 * Use case service: hands due mails to the mail server one by one. It runs outside any transaction
 * so that no database transaction waits on SMTP; each outbox and token call is its own short
 * transaction in the adapter. A mail the server refuses is retried after a pause that doubles (from
 * {@link MailDeliverySettings#firstRetryPause()}, 1 minute by default, up to 1 hour), and never
 * holds up the mails behind it.
 *
 * <p>A {@link LinkMail} gets its one-time link here, at the moment it is sent: a fresh secret,
 * whose hash is stored just before the mail goes out (so the link works as soon as the mail
 * arrives) and deleted again when the server refuses the mail (so no link that was never sent
 * exists, and the retry issues a fresh one). The secret itself exists only in memory and in the
 * mail. A link mail whose account no longer waits for it (invitation accepted, account disabled) is
 * withdrawn.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class MailDeliveryService implements DeliverPendingMailUseCase {

  static final int BATCH_SIZE = 20;
  static final Duration LONGEST_PAUSE = Duration.ofHours(1);
  static final int MAX_ERROR_LENGTH = 200;

  /**
   * How long a claimed mail is this node's: long enough for a round of {@value #BATCH_SIZE} mails
   * against a slow server. A node that dies mid-round leaves its mails to be claimed again after
   * it, so a mail the server took just before the crash goes out a second time: at least once,
   * never lost (the side the issue asked to choose; see the README).
   */
  static final Duration CLAIM_LEASE = Duration.ofMinutes(10);

  private static final System.Logger LOG = System.getLogger(MailDeliveryService.class.getName());

  private final MailOutbox outbox;
  private final Mailer mailer;
  private final MailTemplates templates;
  private final Accounts accounts;
  private final OneTimeTokens tokens;
  private final Clock clock;
  private final Duration firstPause;

  /** For CDI's client proxy only. */
  protected MailDeliveryService() {
    this(null, null, null, null, null, null);
  }

  /** With the default pauses. */
  public MailDeliveryService(
      MailOutbox outbox,
      Mailer mailer,
      MailTemplates templates,
      Accounts accounts,
      OneTimeTokens tokens,
      Clock clock) {
    this(outbox, mailer, templates, accounts, tokens, clock, MailDeliverySettings.defaults());
  }

  @Inject
  public MailDeliveryService(
      MailOutbox outbox,
      Mailer mailer,
      MailTemplates templates,
      Accounts accounts,
      OneTimeTokens tokens,
      Clock clock,
      MailDeliverySettings settings) {
    this.outbox = outbox;
    this.mailer = mailer;
    this.templates = templates;
    this.accounts = accounts;
    this.tokens = tokens;
    this.clock = clock;
    this.firstPause = settings.firstRetryPause();
  }

  @Override
  public int deliverDue() {
    int delivered = 0;
    Instant now = clock.instant();
    // Claimed, not just read: another node draining the same outbox skips these mails.
    for (QueuedMail queued : outbox.claim(now, BATCH_SIZE, now.plus(CLAIM_LEASE))) {
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
    if (queued.mail() instanceof OutgoingMail mail) {
      return send(queued, mail, Optional.empty());
    }
    LinkMail link = (LinkMail) queued.mail();
    if (!stillWanted(link)) {
      LOG.log(Level.INFO, "mail {0} withdrawn: its account no longer needs the link", queued.id());
      outbox.withdraw(queued.id());
      return false;
    }
    String secret = LinkSecrets.newSecret();
    // Written before the link is stored: a text that cannot be written leaves no link behind.
    OutgoingMail mail = render(link, secret);
    OneTimeToken token =
        OneTimeToken.issue(
            link.account(), link.purpose(), LinkSecrets.hashOf(secret), clock.instant());
    tokens.add(token);
    return send(queued, mail, Optional.of(token));
  }

  private boolean send(QueuedMail queued, OutgoingMail mail, Optional<OneTimeToken> link) {
    try {
      mailer.deliver(mail);
    } catch (RuntimeException e) {
      int attempts = queued.attempts() + 1;
      String error = describe(e);
      LOG.log(
          Level.WARNING, "mail {0} not delivered, attempt {1}: {2}", queued.id(), attempts, error);
      outbox.attemptFailed(
          queued.id(), attempts, clock.instant().plus(pauseAfter(attempts, firstPause)), error);
      link.ifPresent(token -> discard(queued, token));
      return false;
    }
    outbox.delivered(queued.id(), clock.instant());
    return true;
  }

  /**
   * A link whose mail did not go out is deleted. Should that fail too, the link is left to expire:
   * its secret is in no stored place, only in a mail the server refused (or, at worst, took after
   * all, to the right recipient).
   */
  private void discard(QueuedMail queued, OneTimeToken token) {
    try {
      tokens.discard(token.id());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the unsent link of mail " + queued.id() + " was not deleted", e);
    }
  }

  /** An invitation goes to an account still waiting for its password; a reset to an active one. */
  private boolean stillWanted(LinkMail link) {
    AccountStatus wanted =
        link.purpose() == TokenPurpose.INVITATION ? AccountStatus.INVITED : AccountStatus.ACTIVE;
    return accounts
        .byId(link.account())
        .map(Account::status)
        .filter(status -> status == wanted)
        .isPresent();
  }

  private OutgoingMail render(LinkMail link, String secret) {
    return switch (link.purpose()) {
      case INVITATION ->
          templates.invitation(link.to(), link.displayName(), secret, link.language());
      case PASSWORD_RESET ->
          templates.passwordReset(link.to(), link.displayName(), secret, link.language());
    };
  }

  /** 1, 2, 4, … first pauses after the 1st, 2nd, 3rd failure, never more than an hour. */
  static Duration pauseAfter(int attempts, Duration firstPause) {
    int doublings = Math.min(Math.max(0, attempts - 1), 20);
    Duration pause = firstPause.multipliedBy(1L << doublings);
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
