package lu.creativecluster.adapter.webui.event;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import lu.creativecluster.adapter.webui.account.Viewer;
import lu.creativecluster.adapter.webui.site.Feedback;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.adapter.webui.site.Texts;
import lu.creativecluster.application.port.in.event.EventNotFoundException;
import lu.creativecluster.application.port.in.event.RegisterForEventCommand;
import lu.creativecluster.application.port.in.event.RegisterForEventUseCase;
import lu.creativecluster.application.port.in.event.RegistrationReceipt;
import lu.creativecluster.domain.event.EventId;
import lu.creativecluster.domain.event.Registrant;
import lu.creativecluster.domain.event.RegistrationRefusedException;
import lu.creativecluster.domain.shared.Email;

/**
 * Backing bean: someone registers for the event of the page with a name and an address, and learns
 * at once whether they have a seat or their place on the waiting list; the mail with the private
 * cancellation link follows. Refusals (registered already, deadline passed, members only) are
 * messages in the page's language, and the input stays in the form.
 */
@Named("eventRegister")
@RequestScoped
public class EventRegistrationForm {

  private final RegisterForEventUseCase register;
  private final EventPages pages;
  private final Viewer viewer;
  private final SiteContext site;
  private final Feedback feedback;
  private final Map<String, String> errors = new LinkedHashMap<>();
  private String name = "";
  private String email = "";

  /** For CDI's client proxy only. */
  protected EventRegistrationForm() {
    this(null, null, null, null, null);
  }

  @Inject
  public EventRegistrationForm(
      RegisterForEventUseCase register,
      EventPages pages,
      Viewer viewer,
      SiteContext site,
      Feedback feedback) {
    this.register = register;
    this.pages = pages;
    this.viewer = viewer;
    this.site = site;
    this.feedback = feedback;
  }

  public void submit() {
    errors.clear();
    String cleanName = name == null ? "" : name.strip();
    if (cleanName.isEmpty()
        || cleanName.length() > Registrant.MAX_NAME
        || cleanName.chars().anyMatch(Character::isISOControl)) {
      errors.put("name", "eventRegister.error.name");
    }
    Email address = null;
    try {
      address = new Email(email == null ? "" : email.strip());
    } catch (IllegalArgumentException | NullPointerException e) {
      errors.put("email", "eventRegister.error.email");
    }
    if (!errors.isEmpty()) {
      feedback.error("eventRegister.error.summary");
      return;
    }
    RegistrationReceipt receipt;
    try {
      receipt =
          register.register(
              new RegisterForEventCommand(
                  viewer.actor(),
                  EventId.parse(site.getMember()),
                  cleanName,
                  address,
                  site.language()));
    } catch (RegistrationRefusedException e) {
      feedback.error(e.reason().messageKey());
      return;
    } catch (EventNotFoundException | IllegalArgumentException e) {
      feedback.error("eventRegister.error.summary");
      return;
    }
    if (receipt.confirmed()) {
      feedback.notice("eventRegister.confirmed");
    } else {
      feedback.notice("eventRegister.waiting", receipt.waitingPosition());
    }
    name = "";
    email = "";
    pages.reload();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String error(String field) {
    String key = errors.get(field);
    return key == null ? "" : Texts.in(site.language()).text(key);
  }

  public String invalid(String field) {
    return Boolean.toString(errors.containsKey(field));
  }
}
