package lu.creativecluster.adapter.webui.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import lu.creativecluster.application.port.in.account.RecordSignOutUseCase;
import lu.creativecluster.domain.access.Actor;

/**
 * Security adapter: what the pages may ask of a person's session: who is signed in, and signing out
 * (the session ends and the audit log records it), and signing in, which goes through the container
 * to {@link ClusterAuthenticationMechanism}.
 */
@ApplicationScoped
public class SessionSignIn {

  private static final Logger LOG = Logger.getLogger(SessionSignIn.class.getName());

  private final HttpServletRequest request;
  private final RecordSignOutUseCase recordSignOut;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected SessionSignIn() {
    this(null, null, null);
  }

  @Inject
  public SessionSignIn(
      HttpServletRequest request, RecordSignOutUseCase recordSignOut, Clock clock) {
    this.request = request;
    this.recordSignOut = recordSignOut;
    this.clock = clock;
  }

  /** The caller of the current request: a signed-in person, a partner system, or a visitor. */
  public Actor currentActor() {
    return actorOf(request);
  }

  /**
   * Signs the person in with what they typed: the container's {@code authenticate} asks {@link
   * ClusterServerAuthModule}, which hands the credential to the mechanism. The mechanism's status
   * comes back in a request attribute; SEND_FAILURE when the container refused without asking.
   */
  public AuthenticationStatus signIn(
      HttpServletRequest current,
      HttpServletResponse response,
      UsernamePasswordCredential credential) {
    current.setAttribute(ClusterServerAuthModule.CREDENTIAL_ATTRIBUTE, credential);
    try {
      current.authenticate(response);
    } catch (ServletException e) {
      // A refused sign-in: the status the module left says so (an exception carries no more).
      LOG.log(Level.FINE, "Sign-in not accepted", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      current.removeAttribute(ClusterServerAuthModule.CREDENTIAL_ATTRIBUTE);
    }
    Object status = current.getAttribute(ClusterServerAuthModule.STATUS_ATTRIBUTE);
    current.removeAttribute(ClusterServerAuthModule.STATUS_ATTRIBUTE);
    return status instanceof AuthenticationStatus known ? known : AuthenticationStatus.SEND_FAILURE;
  }

  /**
   * Ends the person's session: the container forgets the caller, the session (with its Faces view
   * state) is invalidated, and the sign-out is audited. Safe to call for a visitor.
   */
  public void signOut(HttpServletRequest current) {
    Actor actor = actorOf(current);
    try {
      current.logout();
    } catch (ServletException e) {
      LOG.log(Level.FINE, "Container logout failed; the session is ended all the same", e);
    }
    HttpSession session = current.getSession(false);
    if (session != null) {
      SignedInSession.invalidate(session);
    }
    if (actor.kind() != Actor.Kind.PERSON) {
      return;
    }
    try {
      recordSignOut.signedOut(actor, current.getRemoteAddr());
    } catch (RuntimeException e) {
      // The person is signed out either way; a lost audit entry must not keep them signed in.
      LOG.log(Level.WARNING, "Could not record the sign-out of " + actor.getName(), e);
    }
  }

  /**
   * The account with this id has a new password and session version: if the current request's
   * session belongs to it, that session goes on (under a new id); every other one has ended.
   */
  public void keepAfterPasswordChange(String accountId, long sessionVersion) {
    SignedInSession.adopt(request, accountId, sessionVersion);
  }

  private Actor actorOf(HttpServletRequest current) {
    Principal principal = current.getUserPrincipal();
    if (principal instanceof Actor actor) {
      return actor;
    }
    Optional<SignedInSession.SignedIn> session = SignedInSession.current(current, clock.instant());
    return session.map(SignedInSession.SignedIn::actor).orElseGet(Actor::visitor);
  }
}
