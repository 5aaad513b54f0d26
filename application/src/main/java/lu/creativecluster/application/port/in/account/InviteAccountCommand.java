package lu.creativecluster.application.port.in.account;

import java.util.Objects;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/**
 * Command: staff invite a person to the platform.
 *
 * @param language the language of the invitation mail
 */
public record InviteAccountCommand(
    Actor actor,
    Email email,
    String displayName,
    Role role,
    Language language,
    String sourceAddress) {

  public InviteAccountCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(language, "language");
    sourceAddress = sourceAddress == null ? "" : sourceAddress;
  }
}
