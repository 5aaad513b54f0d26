package lu.creativecluster.adapter.webui.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import lu.creativecluster.adapter.webui.security.SessionSignIn;
import lu.creativecluster.adapter.webui.site.Feedback;
import lu.creativecluster.application.port.in.account.InvalidTokenException;
import lu.creativecluster.application.port.in.account.PasswordPolicy;
import lu.creativecluster.application.port.in.account.PasswordSet;
import lu.creativecluster.application.port.in.account.SetPasswordCommand;
import lu.creativecluster.application.port.in.account.SetPasswordUseCase;
import lu.creativecluster.application.port.in.account.WeakPasswordException;

/**
 * Backing bean: the holder of a one-time link (invitation or reset) chooses a password. The link's
 * secret stays in the page's URL ({@code ?token=}), which the form posts back to. Every other
 * session of the account ends; a session of the same person on this browser goes on.
 */
@Named("setPasswordForm")
@RequestScoped
public class SetPasswordForm {

  /** The query parameter holding the link's secret. */
  public static final String TOKEN_PARAMETER = "token";

  private final SetPasswordUseCase setPassword;
  private final SessionSignIn sessions;
  private final HttpServletRequest request;
  private final Feedback feedback;
  private String password;
  private String passwordRepeat;
  private boolean saved;
  private boolean linkRefused;

  /** For CDI's client proxy only. */
  protected SetPasswordForm() {
    this(null, null, null, null);
  }

  @Inject
  public SetPasswordForm(
      SetPasswordUseCase setPassword,
      SessionSignIn sessions,
      HttpServletRequest request,
      Feedback feedback) {
    this.setPassword = setPassword;
    this.sessions = sessions;
    this.request = request;
    this.feedback = feedback;
  }

  public void save() {
    String token = token();
    if (token.isEmpty()) {
      linkRefused = true;
      return;
    }
    if (!password.equals(passwordRepeat)) {
      feedback.error("setPassword.error.mismatch");
      return;
    }
    try {
      PasswordSet set =
          setPassword.setPassword(new SetPasswordCommand(token, password, request.getRemoteAddr()));
      sessions.keepAfterPasswordChange(set.accountId().toString(), set.sessionVersion());
      saved = true;
    } catch (WeakPasswordException e) {
      feedback.error(weaknessKey(e.reason()), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
    } catch (InvalidTokenException e) {
      linkRefused = true;
    }
  }

  /** The bundle key that explains why a password was refused. */
  static String weaknessKey(String reason) {
    return switch (reason) {
      case "too-short" -> "setPassword.error.tooShort";
      case "too-long" -> "setPassword.error.tooLong";
      case "common" -> "setPassword.error.common";
      default -> "setPassword.error.weak";
    };
  }

  /** Whether the page can offer the form: a link secret is there and was not refused. */
  public boolean isFormShown() {
    return !saved && !linkRefused && !token().isEmpty();
  }

  /** Whether the link is missing, unknown, expired or used: one answer for all of them. */
  public boolean isLinkInvalid() {
    return !saved && (linkRefused || token().isEmpty());
  }

  public boolean isSaved() {
    return saved;
  }

  public int getMinLength() {
    return PasswordPolicy.MIN_LENGTH;
  }

  public int getMaxLength() {
    return PasswordPolicy.MAX_LENGTH;
  }

  private String token() {
    String token = request.getParameter(TOKEN_PARAMETER);
    return token == null ? "" : token.strip();
  }

  /** Never shown again. */
  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPasswordRepeat() {
    return null;
  }

  public void setPasswordRepeat(String passwordRepeat) {
    this.passwordRepeat = passwordRepeat;
  }
}
