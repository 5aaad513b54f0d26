package lu.creativecluster.adapter.webui.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.application.port.in.account.RequestPasswordResetCommand;
import lu.creativecluster.application.port.in.account.RequestPasswordResetUseCase;

/**
 * Backing bean: someone asks for a password-reset link. The answer is the same whether or not the
 * address has an account, so the form reveals nobody's membership.
 */
@Named("forgotPasswordForm")
@RequestScoped
public class ForgotPasswordForm {

  private final RequestPasswordResetUseCase requestReset;
  private final HttpServletRequest request;
  private final SiteContext site;
  private String email;
  private boolean sent;

  /** For CDI's client proxy only. */
  protected ForgotPasswordForm() {
    this(null, null, null);
  }

  @Inject
  public ForgotPasswordForm(
      RequestPasswordResetUseCase requestReset, HttpServletRequest request, SiteContext site) {
    this.requestReset = requestReset;
    this.request = request;
    this.site = site;
  }

  public void send() {
    requestReset.requestReset(
        new RequestPasswordResetCommand(email.strip(), site.language(), request.getRemoteAddr()));
    sent = true;
  }

  /** Whether to show the (always identical) confirmation instead of the form. */
  public boolean isSent() {
    return sent;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
