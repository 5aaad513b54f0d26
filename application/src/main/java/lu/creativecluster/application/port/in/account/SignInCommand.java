package lu.creativecluster.application.port.in.account;

import java.util.Objects;

/** Command: a person signs in with e-mail address and password. */
public record SignInCommand(String email, String password, String sourceAddress) {

  public SignInCommand {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(password, "password");
    sourceAddress = sourceAddress == null ? "" : sourceAddress;
  }

  @Override
  public String toString() {
    return "SignInCommand[email=" + email + ", password=***]";
  }
}
