package lu.creativecluster.application.port.out.mail;

import java.time.LocalDate;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryMailKind;
import lu.creativecluster.domain.inquiry.InquiryMailText;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/**
 * Outbound port: the texts of the platform's mails in each language, with the one-time link built
 * from the platform's public address. The delivery calls it at the moment it sends a {@link
 * LinkMail}; the secret goes in as given and is never stored.
 */
public interface MailTemplates {

  OutgoingMail invitation(Email to, String displayName, String secret, Language language);

  OutgoingMail passwordReset(Email to, String displayName, String secret, Language language);

  // Inquiries. Admins may reword their subject and body (InquiryMailTexts); the greeting and
  // signature around the body stay the platform's. Their texts are written when the use case runs
  // and wait in the outbox until
  // delivered (then the outbox forgets them); a link secret in them exists nowhere else.

  /** To the asker: received, due by this day, and the private tracking link. */
  OutgoingMail inquiryReceived(
      Email to, String name, String trackingSecret, LocalDate dueDate, Language language);

  /**
   * To a recipient: the inquiry (message, asker's name and organisation, due date) and its link.
   */
  OutgoingMail inquiryForwarded(
      Email to, String recipientName, Inquiry inquiry, String recipientSecret, Language language);

  /** To the asker: the answer. */
  OutgoingMail inquiryAnswered(Email to, String name, String answer, Language language);

  /** To a recipient: the answer is overdue; the link of the forwarding mail still works. */
  OutgoingMail inquiryReminder(Email to, String recipientName, Inquiry inquiry, Language language);

  /** To the recipient of a forwarded inquiry: the asker added this message. */
  OutgoingMail inquiryFollowUp(
      Email to, String recipientName, Inquiry inquiry, String text, Language language);

  /** The platform's own wording of an inquiry mail: what is sent until admins reword it. */
  InquiryMailText defaultInquiryText(InquiryMailKind kind, Language language);
}
