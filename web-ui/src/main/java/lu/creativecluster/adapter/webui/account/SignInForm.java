package lu.creativecluster.adapter.webui.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import lu.creativecluster.adapter.webui.security.SessionSignIn;
import lu.creativecluster.adapter.webui.site.Feedback;
import lu.creativecluster.adapter.webui.site.LocalizedPath;
import lu.creativecluster.adapter.webui.site.NextPath;
import lu.creativecluster.adapter.webui.site.Page;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.application.port.in.account.SignInRefusedException;
import lu.creativecluster.domain.account.Role;

/**
 * Backing bean: the sign-in form. It hands the credentials to Jakarta Security (the platform's
 * authentication mechanism checks them through the sign-in use case and starts the session), then
 * sends the person where they were going, or to their usual start page.
 */
@Named("signInForm")
@RequestScoped
public class SignInForm {

  /**
   * Request attribute the authentication mechanism sets when it refuses a sign-in: the {@link
   * SignInRefusedException}, which tells a wrong password from too many attempts.
   */
  public static final String REFUSED_ATTRIBUTE = "lu.creativecluster.webui.signInRefused";

  private final SessionSignIn sessions;
  private final HttpServletRequest request;
  private final SiteContext site;
  private final Feedback feedback;
  private String email;
  private String password;

  /** For CDI's client proxy only. */
  protected SignInForm() {
    this(null, null, null, null);
  }

  @Inject
  public SignInForm(
      SessionSignIn sessions, HttpServletRequest request, SiteContext site, Feedback feedback) {
    this.sessions = sessions;
    this.request = request;
    this.site = site;
    this.feedback = feedback;
  }

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        sessions.signIn(request, response, new UsernamePasswordCredential(email, password));
    password = null;
    if (response.isCommitted() || status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
      return;
    }
    if (status == AuthenticationStatus.SUCCESS && request.getUserPrincipal() != null) {
      external.redirect(destination(request.getParameter(NextPath.PARAMETER)));
      return;
    }
    refused(request.getAttribute(REFUSED_ATTRIBUTE));
  }

  /** The sanitised {@code next}, else the staff area for staff and the home page for members. */
  String destination(String next) {
    return NextPath.sanitise(next)
        .orElseGet(
            () -> {
              Page start = request.isUserInRole(Role.STAFF.code()) ? Page.STAFF : Page.HOME;
              return request.getContextPath() + new LocalizedPath(site.language(), start).path();
            });
  }

  private void refused(Object refusal) {
    if (refusal instanceof SignInRefusedException e
        && e.reason() == SignInRefusedException.Reason.TOO_MANY_ATTEMPTS) {
      feedback.error("signIn.error.tooManyAttempts", minutesToWait(e.retryAfter().orElse(null)));
    } else {
      feedback.error("signIn.error.invalid");
    }
  }

  /** Whole minutes, rounded up, at least one: "try again in 1 minute", never "in 0 minutes". */
  static long minutesToWait(Duration retryAfter) {
    if (retryAfter == null || retryAfter.isNegative() || retryAfter.isZero()) {
      return 1;
    }
    long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, (seconds + 59) / 60);
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  /** Never shown again: the field stays empty after a failed attempt. */
  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
