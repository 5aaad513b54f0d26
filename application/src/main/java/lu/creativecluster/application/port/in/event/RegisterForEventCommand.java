package lu.creativecluster.application.port.in.event;

import java.util.Objects;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.event.EventId;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/**
 * Command: a person registers for an event, signed in or not.
 *
 * @param language the language of the page they registered on, for the mails that follow
 */
public record RegisterForEventCommand(
    Actor actor, EventId event, String name, Email email, Language language) {

  public RegisterForEventCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(language, "language");
  }
}
