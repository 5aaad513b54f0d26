package lu.creativecluster.adapter.persistence.mail;

import static lu.creativecluster.adapter.persistence.store.StoredInstants.stored;

import java.time.Instant;
import java.util.UUID;
import lu.creativecluster.application.port.out.mail.OutgoingMail;
import lu.creativecluster.application.port.out.mail.QueuedMail;
import lu.creativecluster.domain.shared.Email;

/** Persistence adapter: turns outgoing mails into rows of {@code mail_outbox} and back. */
final class MailOutboxMapper {

  private MailOutboxMapper() {}

  static MailOutboxJpaEntity toNewEntity(OutgoingMail mail, Instant at) {
    return new MailOutboxJpaEntity(
        UUID.randomUUID(), mail.to().value(), mail.subject(), mail.body(), stored(at));
  }

  static QueuedMail toQueued(MailOutboxJpaEntity entity) {
    return new QueuedMail(
        entity.id(),
        new OutgoingMail(new Email(entity.recipient()), entity.subject(), entity.body()),
        entity.attempts(),
        entity.nextAttemptAt());
  }

  /** The error as the column takes it: at most its length in characters, never half a pair. */
  static String storedError(String error) {
    if (error == null || error.length() <= MailOutboxJpaEntity.MAX_ERROR) {
      return error;
    }
    int end = MailOutboxJpaEntity.MAX_ERROR - 1;
    if (Character.isHighSurrogate(error.charAt(end - 1))) {
      end--;
    }
    return error.substring(0, end) + "…";
  }
}
