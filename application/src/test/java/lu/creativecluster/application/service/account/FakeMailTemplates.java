package lu.creativecluster.application.service.account;

import lu.creativecluster.application.port.out.mail.MailTemplates;
import lu.creativecluster.application.port.out.mail.OutgoingMail;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/** Test fake of the {@link MailTemplates} port: short mails whose link a test can follow. */
final class FakeMailTemplates implements MailTemplates {

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
