package lu.creativecluster.application.port.out.mail;

import java.util.Objects;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.TokenPurpose;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/**
 * A mail with a one-time link (invitation or password reset), as the outbox keeps it: who gets it,
 * for which account, in which language, but no secret. The delivery issues the link and writes the
 * text at the moment it sends the mail, so no usable secret is ever at rest in the outbox.
 */
public record LinkMail(
    TokenPurpose purpose, AccountId account, Email to, String displayName, Language language)
    implements MailContent {

  public LinkMail {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(language, "language");
  }
}
