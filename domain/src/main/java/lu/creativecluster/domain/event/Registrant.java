package lu.creativecluster.domain.event;

import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.project.ProjectTexts;
import lu.creativecluster.domain.shared.Email;

/**
 * Value object: who registers: a person by name and e-mail address, and the account they were
 * signed in with, if any (members-only events need one). One address registers once per event.
 */
public record Registrant(String name, Email email, Optional<AccountId> account) {

  public static final int MAX_NAME = 200;

  public Registrant {
    name = ProjectTexts.singleLine(name, "name", MAX_NAME);
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(account, "account");
  }

  public static Registrant guest(String name, Email email) {
    return new Registrant(name, email, Optional.empty());
  }

  public static Registrant withAccount(String name, Email email, AccountId account) {
    return new Registrant(name, email, Optional.of(account));
  }

  /** Whether this is the same person as the other: same address or same account. */
  boolean samePersonAs(Registrant other) {
    return email.equals(other.email) || (account.isPresent() && account.equals(other.account));
  }
}
