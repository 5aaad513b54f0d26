package lu.creativecluster.application.port.out.mail;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A mail in the outbox with its delivery attempts so far. */
public record QueuedMail(UUID id, MailContent mail, int attempts, Instant nextAttemptAt) {

  public QueuedMail {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(mail, "mail");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
  }
}
