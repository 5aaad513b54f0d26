package lu.creativecluster.application.service.account;

import java.time.LocalDate;
import lu.creativecluster.application.port.out.mail.MailTemplates;
import lu.creativecluster.application.port.out.mail.OutgoingMail;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryMailKind;
import lu.creativecluster.domain.inquiry.InquiryMailText;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/** Test fake of the {@link MailTemplates} port: short mails whose link a test can follow. */
public final class FakeMailTemplates implements MailTemplates {

  private static final String LINK = "/set-password?token=";

  @Override
  public OutgoingMail invitation(Email to, String displayName, String secret, Language language) {
    return new OutgoingMail(
        to, "invitation/" + language.code(), displayName + ": " + link(secret, language));
  }

  @Override
  public OutgoingMail passwordReset(
      Email to, String displayName, String secret, Language language) {
    return new OutgoingMail(
        to, "password-reset/" + language.code(), displayName + ": " + link(secret, language));
  }

  @Override
  public OutgoingMail inquiryReceived(
      Email to, String name, String trackingSecret, LocalDate dueDate, Language language) {
    return new OutgoingMail(
        to,
        "inquiry-received/" + language.code(),
        name + " due " + dueDate + ": " + TRACK + trackingSecret);
  }

  @Override
  public OutgoingMail inquiryForwarded(
      Email to, String recipientName, Inquiry inquiry, String recipientSecret, Language language) {
    return new OutgoingMail(
        to,
        "inquiry-forwarded/" + language.code(),
        recipientName + ": " + inquiry.message() + " " + REPLY + recipientSecret);
  }

  @Override
  public OutgoingMail inquiryAnswered(Email to, String name, String answer, Language language) {
    return new OutgoingMail(to, "inquiry-answered/" + language.code(), name + ": " + answer);
  }

  @Override
  public OutgoingMail inquiryReminder(
      Email to, String recipientName, Inquiry inquiry, Language language) {
    return new OutgoingMail(
        to, "inquiry-reminder/" + language.code(), recipientName + " due " + inquiry.dueDate());
  }

  @Override
  public OutgoingMail inquiryFollowUp(
      Email to, String recipientName, Inquiry inquiry, String text, Language language) {
    return new OutgoingMail(
        to, "inquiry-follow-up/" + language.code(), recipientName + ": " + text);
  }

  private static final String TRACK = "https://cluster.test/track?token=";
  private static final String REPLY = "https://cluster.test/reply?token=";

  /** A default that names its kind and language and holds exactly the required placeholders. */
  @Override
  public InquiryMailText defaultInquiryText(InquiryMailKind kind, Language language) {
    StringBuilder body = new StringBuilder("default " + kind.code() + "/" + language.code());
    kind.required().stream().sorted().forEach(p -> body.append(" {").append(p).append('}'));
    return new InquiryMailText(kind, language, "default " + kind.code(), body.toString());
  }

  /** The secret of the tracking or recipient link in an inquiry mail these templates wrote. */
  public static String inquirySecretIn(OutgoingMail mail) {
    int at = mail.body().indexOf("?token=");
    if (at < 0) {
      throw new AssertionError("no link in " + mail.body());
    }
    return mail.body().substring(at + "?token=".length());
  }

  /** The secret of the one-time link in a mail these templates wrote. */
  static String secretIn(OutgoingMail mail) {
    int at = mail.body().indexOf(LINK);
    if (at < 0) {
      throw new AssertionError("no link in " + mail.body());
    }
    return mail.body().substring(at + LINK.length());
  }

  private static String link(String secret, Language language) {
    return "https://cluster.test/" + language.code() + LINK + secret;
  }
}
