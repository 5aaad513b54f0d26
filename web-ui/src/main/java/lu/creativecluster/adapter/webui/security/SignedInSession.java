package lu.creativecluster.adapter.webui.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.access.Actor;

/**
 * Security adapter: the signed-in person kept in the HTTP session, with the moment they signed in
 * (from which the 12-hour limit runs) and the account's session version then (the mechanism ends
 * the session once the account's version moved on). Only the mechanism writes it, and only after
 * the sign-in use case accepted the credentials.
 */
final class SignedInSession {

  /** Session attribute holding the {@link SignedIn} record. */
  static final String ATTRIBUTE = "lu.creativecluster.webui.signedIn";

  /** The person, when they signed in, and their account's session version then. */
  record SignedIn(Actor actor, Instant at, long sessionVersion) {
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
  static void start(HttpServletRequest request, Actor actor, Instant now, long sessionVersion) {
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    request.getSession(true).setAttribute(ATTRIBUTE, new SignedIn(actor, now, sessionVersion));
  }

  /**
   * The person of this session just changed their own password here: this session goes on under the
   * account's new session version (and a new id), while every other one ends.
   */
  static void adopt(HttpServletRequest request, String accountId, long sessionVersion) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return;
    }
    try {
      if (session.getAttribute(ATTRIBUTE) instanceof SignedIn signedIn
          && signedIn.actor().id().equals(accountId)) {
        request.changeSessionId();
        request
            .getSession(false)
            .setAttribute(ATTRIBUTE, new SignedIn(signedIn.actor(), signedIn.at(), sessionVersion));
      }
    } catch (IllegalStateException invalidated) {
      // Ended meanwhile: nothing to keep.
    }
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
