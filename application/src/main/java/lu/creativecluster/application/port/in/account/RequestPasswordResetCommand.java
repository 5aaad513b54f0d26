package lu.creativecluster.application.port.in.account;

import java.util.Objects;
import lu.creativecluster.domain.shared.Language;

/** Command: someone asks for a password-reset link for an address. */
public record RequestPasswordResetCommand(String email, Language language, String sourceAddress) {

  public RequestPasswordResetCommand {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(language, "language");
    sourceAddress = sourceAddress == null ? "" : sourceAddress;
  }
}
