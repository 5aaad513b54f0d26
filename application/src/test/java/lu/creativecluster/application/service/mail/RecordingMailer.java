package lu.creativecluster.application.service.mail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lu.creativecluster.application.port.out.mail.MailDeliveryException;
import lu.creativecluster.application.port.out.mail.Mailer;
import lu.creativecluster.application.port.out.mail.OutgoingMail;
import lu.creativecluster.domain.shared.Email;

/** Test fake of the {@link Mailer} port: keeps what it sent, refuses chosen recipients. */
public final class RecordingMailer implements Mailer {

  private final List<OutgoingMail> sent = new ArrayList<>();
  private final Set<Email> refused = new HashSet<>();
  private RuntimeException refusal;

  /** The server refuses mails to this address with this exception until told otherwise. */
  public void refuse(Email recipient, RuntimeException refusal) {
    refused.add(recipient);
    this.refusal = refusal;
  }

  public void refuse(Email recipient) {
    refuse(
        recipient,
        new MailDeliveryException("421 service not available", new RuntimeException("timeout")));
  }

  public void accept(Email recipient) {
    refused.remove(recipient);
  }

  @Override
  public void deliver(OutgoingMail mail) {
    if (refused.contains(mail.to())) {
      throw refusal;
    }
    sent.add(mail);
  }

  public List<OutgoingMail> sent() {
    return List.copyOf(sent);
  }
}
