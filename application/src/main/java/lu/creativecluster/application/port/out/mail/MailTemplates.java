package lu.creativecluster.application.port.out.mail;

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
}
