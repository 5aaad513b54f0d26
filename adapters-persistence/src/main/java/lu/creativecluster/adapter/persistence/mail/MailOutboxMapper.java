package lu.creativecluster.adapter.persistence.mail;

import static lu.creativecluster.adapter.persistence.store.StoredInstants.stored;

import java.time.Instant;
import java.util.UUID;
import lu.creativecluster.application.port.out.mail.LinkMail;
import lu.creativecluster.application.port.out.mail.MailContent;
import lu.creativecluster.application.port.out.mail.OutgoingMail;
import lu.creativecluster.application.port.out.mail.QueuedMail;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.TokenPurpose;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/** Persistence adapter: turns outgoing mails into rows of {@code mail_outbox} and back. */
final class MailOutboxMapper {

  private MailOutboxMapper() {}

  static MailOutboxJpaEntity toNewEntity(MailContent content, Instant at) {
    if (content instanceof OutgoingMail mail) {
      return MailOutboxJpaEntity.message(
          UUID.randomUUID(), mail.to().value(), mail.subject(), mail.body(), stored(at));
    }
    LinkMail link = (LinkMail) content;
    return MailOutboxJpaEntity.linkMail(
        UUID.randomUUID(),
        kindCode(link.purpose()),
        link.to().value(),
        link.account().value(),
        link.displayName(),
        link.language().code(),
        stored(at));
  }

  static QueuedMail toQueued(MailOutboxJpaEntity entity) {
    return new QueuedMail(entity.id(), content(entity), entity.attempts(), entity.nextAttemptAt());
  }

  private static MailContent content(MailOutboxJpaEntity entity) {
    Email to = new Email(entity.recipient());
    if (MailOutboxJpaEntity.MESSAGE.equals(entity.kind())) {
      return new OutgoingMail(to, entity.subject(), entity.body());
    }
    return new LinkMail(
        purpose(entity),
        new AccountId(entity.accountId()),
        to,
        entity.displayName(),
        Language.fromTag(entity.language())
            .orElseThrow(() -> unknown(entity, "language " + entity.language())));
  }

  /** The kind of a link mail: its link's purpose, spelt as the one-time token table spells it. */
  static String kindCode(TokenPurpose purpose) {
    return switch (purpose) {
      case INVITATION -> "invitation";
      case PASSWORD_RESET -> "password-reset";
    };
  }

  private static TokenPurpose purpose(MailOutboxJpaEntity entity) {
    for (TokenPurpose purpose : TokenPurpose.values()) {
      if (kindCode(purpose).equals(entity.kind())) {
        return purpose;
      }
    }
    throw unknown(entity, "kind " + entity.kind());
  }

  private static IllegalStateException unknown(MailOutboxJpaEntity entity, String what) {
    return new IllegalStateException("mail " + entity.id() + " has an unknown " + what);
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
