package lu.creativecluster.application.port.out.mail;

/** Outbound port: hands one mail to the mail server (SMTP). */
public interface Mailer {

  /**
   * @throws MailDeliveryException if the mail server did not take it; the caller keeps it and
   *     retries
   */
  void deliver(OutgoingMail mail);
}
