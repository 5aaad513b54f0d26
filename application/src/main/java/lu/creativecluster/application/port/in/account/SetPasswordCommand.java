package lu.creativecluster.application.port.in.account;

import java.util.Objects;

/**
 * Command: the holder of a one-time link (invitation or reset) chooses a password.
 *
 * @param token the secret from the link, as received
 */
public record SetPasswordCommand(String token, String newPassword, String sourceAddress) {

  public SetPasswordCommand {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(newPassword, "newPassword");
    sourceAddress = sourceAddress == null ? "" : sourceAddress;
  }

  @Override
  public String toString() {
    return "SetPasswordCommand[***]";
  }
}
