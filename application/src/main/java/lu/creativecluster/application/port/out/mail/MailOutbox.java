package lu.creativecluster.application.port.out.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Outbound port: mails kept until the mail server took them. A use case enqueues in its own
 * transaction, so a mail is never lost and never sent for a change that was rolled back.
 */
public interface MailOutbox {

  void enqueue(OutgoingMail mail, Instant at);

  /** Mails not yet delivered whose next attempt is due, oldest first. */
  List<QueuedMail> due(Instant now, int max);

  void delivered(UUID id, Instant at);

  void attemptFailed(UUID id, int attempts, Instant nextAttemptAt, String error);
}
