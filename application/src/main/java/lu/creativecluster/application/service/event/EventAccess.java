package lu.creativecluster.application.service.event;

import java.util.Optional;
import java.util.UUID;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.event.EventNotFoundException;
import lu.creativecluster.application.port.out.event.Events;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.event.Event;
import lu.creativecluster.domain.event.EventId;

/** Who may do what with events: the business rules the event services share. */
final class EventAccess {

  private EventAccess() {}

  static boolean isStaff(Actor actor) {
    return actor.kind() == Actor.Kind.PERSON && (actor.has(Role.STAFF) || actor.has(Role.ADMIN));
  }

  static void requireStaff(Actor actor, String what) {
    if (!isStaff(actor)) {
      throw new AccessDeniedException("only staff " + what);
    }
  }

  /** Whether members-only events admit this person: members, and staff who run them. */
  static boolean countsAsMember(Actor actor) {
    return actor.kind() == Actor.Kind.PERSON && (actor.has(Role.MEMBER) || isStaff(actor));
  }

  /** The platform account a signed-in person registers with; none for anyone else. */
  static Optional<AccountId> accountOf(Actor actor) {
    if (actor.kind() != Actor.Kind.PERSON) {
      return Optional.empty();
    }
    try {
      return Optional.of(new AccountId(UUID.fromString(actor.id())));
    } catch (IllegalArgumentException notAnAccount) {
      // Known only to an operator's identity provider: registers like a guest, by address.
      return Optional.empty();
    }
  }

  static Event load(Events events, EventId id) {
    return events.byId(id).orElseThrow(() -> new EventNotFoundException(id.toString()));
  }

  static Event loadLocked(Events events, EventId id) {
    return events.lockedById(id).orElseThrow(() -> new EventNotFoundException(id.toString()));
  }
}
