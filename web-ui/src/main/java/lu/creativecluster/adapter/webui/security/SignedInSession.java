package lu.creativecluster.adapter.webui.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.access.Actor;

/**
 * Security adapter: the signed-in person kept in the HTTP session, with the moment they signed in
 * (from which the 12-hour limit runs). Only the mechanism writes it, and only after the sign-in use
 * case accepted the credentials.
 */
final class SignedInSession {

  /** Session attribute holding the {@link SignedIn} record. */
  static final String ATTRIBUTE = "lu.creativecluster.webui.signedIn";

  /** The person and when they signed in. */
  record SignedIn(Actor actor, Instant at) {
    SignedIn {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(at, "at");
      if (actor.kind() != Actor.Kind.PERSON) {
        throw new IllegalArgumentException("only people keep a session");
      }
    }
  }

  private SignedInSession() {}

  /**
   * Starts the signed-in session under a new session id, so an id planted before sign-in (session
   * fixation) is worth nothing afterwards.
   */
  static void start(HttpServletRequest request, Actor actor, Instant now) {
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    request.getSession(true).setAttribute(ATTRIBUTE, new SignedIn(actor, now));
  }

  /** The person of a live session; a session past its absolute lifetime is ended here. */
  static Optional<SignedIn> current(HttpServletRequest request, Instant now) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Object value;
    try {
      value = session.getAttribute(ATTRIBUTE);
    } catch (IllegalStateException invalidated) {
      return Optional.empty();
    }
    if (!(value instanceof SignedIn signedIn)) {
      return Optional.empty();
    }
    if (SessionLifetime.isOver(signedIn.at(), now)) {
      invalidate(session);
      return Optional.empty();
    }
    return Optional.of(signedIn);
  }

  static void invalidate(HttpSession session) {
    try {
      session.invalidate();
    } catch (IllegalStateException alreadyInvalidated) {
      // Nothing left to end.
    }
  }
}
