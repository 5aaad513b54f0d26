package lu.creativecluster.adapter.webui.event;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import lu.creativecluster.adapter.webui.site.Feedback;
import lu.creativecluster.application.port.in.event.CancelRegistrationUseCase;
import lu.creativecluster.domain.event.RegistrationRefusedException;

/**
 * Backing bean: the page of the private link in a registration mail ({@code
 * /{lang}/events/cancel?token=}). Opening the link changes nothing (mail scanners open links too);
 * the person presses the button, which posts the form with its CSRF token, and the seat goes to the
 * first person waiting.
 */
@Named("eventCancel")
@RequestScoped
public class EventCancelPage {

  static final String TOKEN_PARAMETER = "token";
  private static final int MAX_TOKEN = 128;

  private final CancelRegistrationUseCase cancel;
  private final HttpServletRequest request;
  private final Feedback feedback;
  private boolean done;

  /** For CDI's client proxy only. */
  protected EventCancelPage() {
    this(null, null, null);
  }

  @Inject
  public EventCancelPage(
      CancelRegistrationUseCase cancel, HttpServletRequest request, Feedback feedback) {
    this.cancel = cancel;
    this.request = request;
    this.feedback = feedback;
  }

  public void confirm() {
    String token = token();
    if (token.isEmpty()) {
      feedback.error("event.registration.unknown");
      return;
    }
    try {
      cancel.cancel(token);
      done = true;
      feedback.notice("eventCancel.done");
    } catch (RegistrationRefusedException refused) {
      feedback.error(refused.reason().messageKey());
    }
  }

  /** Whether the page offers the button: a token is there and nothing was decided yet. */
  public boolean isOffered() {
    return !done && !token().isEmpty() && feedback.getErrors().isEmpty();
  }

  public boolean isDone() {
    return done;
  }

  private String token() {
    String token = request.getParameter(TOKEN_PARAMETER);
    return token == null || token.length() > MAX_TOKEN ? "" : token;
  }
}
