package lu.creativecluster.adapter.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import lu.creativecluster.application.port.out.mail.MailDeliveryException;
import lu.creativecluster.application.port.out.mail.Mailer;
import lu.creativecluster.application.port.out.mail.OutgoingMail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mail adapter: hands one plain-text UTF-8 mail to the SMTP server of WildFly's mail session
 * ({@code java:jboss/mail/Default}, host and port from {@code SMTP_HOST}/{@code SMTP_PORT}). A
 * refusal becomes {@link MailDeliveryException}, so the outbox keeps the mail and tries again.
 */
@ApplicationScoped
public class SmtpMailer implements Mailer {

  static final String DEFAULT_FROM = "no-reply@creativecluster.lu";

  @Resource(lookup = "java:jboss/mail/Default")
  private Session session;

  private final String from;

  /** For CDI's client proxy only. */
  protected SmtpMailer() {
    this(DEFAULT_FROM);
  }

  @Inject
  public SmtpMailer(
      @ConfigProperty(name = "cluster.mail.from", defaultValue = DEFAULT_FROM) String from) {
    this.from = from;
  }

  /** For tests: a mail session of their own. */
  SmtpMailer(Session session, String from) {
    this(from);
    this.session = session;
  }

  @Override
  public void deliver(OutgoingMail mail) {
    try {
      Transport.send(compose(mail));
    } catch (MessagingException e) {
      throw new MailDeliveryException("the mail server did not take the mail: " + e, e);
    }
  }

  MimeMessage compose(OutgoingMail mail) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from, true));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to().value(), true));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setText(mail.body(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    // RFC 3834: a machine wrote this; auto-responders should not answer it.
    message.setHeader("Auto-Submitted", "auto-generated");
    return message;
  }
}
