package lu.creativecluster.application.port.out.mail;

import java.util.Objects;
import lu.creativecluster.domain.shared.Email;

/** A plain-text mail to one recipient, as written. */
public record OutgoingMail(Email to, String subject, String body) implements MailContent {

  public OutgoingMail {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    if (subject.chars().anyMatch(c -> c == '\r' || c == '\n')) {
      throw new IllegalArgumentException("a subject is one line");
    }
  }
}
