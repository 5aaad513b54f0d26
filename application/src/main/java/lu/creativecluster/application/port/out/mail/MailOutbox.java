package lu.creativecluster.application.port.out.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.TokenPurpose;

/**
 * Outbound port: mails kept until the mail server took them. A use case enqueues in its own
 * transaction, so a mail is never lost and never sent for a change that was rolled back.
 */
public interface MailOutbox {

  void enqueue(MailContent mail, Instant at);

  /** Mails not yet delivered whose next attempt is due, oldest first. */
  List<QueuedMail> due(Instant now, int max);

  /**
   * Claims due mails for one delivery round: like {@link #due}, but each mail returned has its next
   * attempt moved to {@code leaseUntil} in the same step, so that no other claim (another node
   * draining the same outbox) gets it until then. Concurrent claims never return the same mail: on
   * PostgreSQL the rows are locked with {@code FOR UPDATE SKIP LOCKED}, so a concurrent claim
   * passes over them instead of waiting. The delivery then records {@link #delivered} or {@link
   * #attemptFailed}; a node that dies in between leaves the mail to be claimed again once the lease
   * has passed (at least once: see the README, "Mail delivery on several nodes").
   */
  List<QueuedMail> claim(Instant now, int max, Instant leaseUntil);

  /**
   * Records that the mail server took the mail, and forgets its text: a delivered mail keeps only
   * its recipient, kind, account and dates, which {@link #linkMailsSince} counts.
   */
  void delivered(UUID id, Instant at);

  void attemptFailed(UUID id, int attempts, Instant nextAttemptAt, String error);

  /** Takes a mail that must no longer go out from the outbox; an unknown id is no error. */
  void withdraw(UUID id);

  /**
   * Takes the account's link mails not delivered yet from the outbox: once its password is set, no
   * older request may still bring a working link.
   *
   * @return how many were withdrawn
   */
  int withdrawLinkMailsOf(AccountId account);

  /** How many link mails of this purpose were enqueued for the account at or after the moment. */
  long linkMailsSince(AccountId account, TokenPurpose purpose, Instant since);
}
