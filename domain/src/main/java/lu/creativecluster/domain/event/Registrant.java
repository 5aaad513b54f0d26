package lu.creativecluster.domain.event;

import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import lu.creativecluster.domain.shared.ShortTexts;

/**
 * Value object: who registers: a person by name and e-mail address, and the account they were
 * signed in with, if any (members-only events need one). One address registers once per event.
 *
 * @param language the language they registered in, which later mails (moving up) are written in
 */
public record Registrant(String name, Email email, Optional<AccountId> account, Language language) {

  public static final int MAX_NAME = 200;

  public Registrant {
    name = ShortTexts.singleLine(name, "name", MAX_NAME);
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(language, "language");
  }

  public static Registrant guest(String name, Email email, Language language) {
    return new Registrant(name, email, Optional.empty(), language);
  }

  public static Registrant withAccount(
      String name, Email email, AccountId account, Language language) {
    return new Registrant(name, email, Optional.of(account), language);
  }

  /** Whether this is the same person as the other: same address or same account. */
  boolean samePersonAs(Registrant other) {
    return email.equals(other.email) || (account.isPresent() && account.equals(other.account));
  }
}
