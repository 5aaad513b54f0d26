package lu.creativecluster.adapter.webui.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Web adapter: what a form tells the person after a submit, as {@code #{feedback}}: errors (shown
 * with {@code role="alert"}) and notices, in the page's language. Faces' own validation messages (a
 * required field) arrive the same way.
 */
@Named("feedback")
@RequestScoped
public class Feedback {

  private final SiteContext site;

  /** For CDI's client proxy only. */
  protected Feedback() {
    this(null);
  }

  @Inject
  public Feedback(SiteContext site) {
    this.site = site;
  }

  public void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  public void notice(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, key, arguments);
  }

  public List<String> getErrors() {
    return summaries(true);
  }

  public List<String> getNotices() {
    return summaries(false);
  }

  private void add(FacesMessage.Severity severity, String key, Object... arguments) {
    String text = Texts.in(site.language()).text(key, arguments);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  private static List<String> summaries(boolean errors) {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context == null) {
      return List.of();
    }
    return context.getMessageList().stream()
        .filter(m -> isError(m) == errors)
        .map(Feedback::shown)
        .distinct()
        .toList();
  }

  /** Marks the message as shown, so Faces does not log it as lost (with what people typed). */
  private static String shown(FacesMessage message) {
    message.rendered();
    return message.getSummary();
  }

  private static boolean isError(FacesMessage message) {
    return message.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0;
  }
}
