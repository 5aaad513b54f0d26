package lu.creativecluster.adapter.webui.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import lu.creativecluster.application.port.in.account.ConfirmSessionUseCase;
import lu.creativecluster.domain.access.Actor;

/**
 * Security adapter: the one authentication mechanism of the WAR, asked for every request through
 * {@link ClusterServerAuthModule}. A request with {@code Authorization: Bearer} is a partner system
 * (its JWT is verified, no session is made); otherwise a signed-in person is recognised by the
 * {@link Actor} in their session (while their account still accepts the session, {@link
 * ConfirmSessionUseCase}), and the sign-in page starts such a session ({@link
 * SessionSignIn#signIn}). It also keeps visitors and people without the role out of the protected
 * pages ({@link ProtectedPaths}).
 */
@ApplicationScoped
public class ClusterAuthenticationMechanism {

  private static final Logger LOG =
      Logger.getLogger(ClusterAuthenticationMechanism.class.getName());

  static final String AUTHORIZATION = "Authorization";

  private final PartnerTokenVerifier tokens;
  private final ClusterIdentityStore identityStore;
  private final ConfirmSessionUseCase confirmSession;
  private final Clock clock;

  /** Answers (and counts) refused bearer tokens. */
  @Inject private RefusedBearerTokens refusedTokens;

  /** For CDI's client proxy only. */
  protected ClusterAuthenticationMechanism() {
    this(null, null, null, null);
  }

  @Inject
  public ClusterAuthenticationMechanism(
      PartnerTokenVerifier tokens,
      ClusterIdentityStore identityStore,
      ConfirmSessionUseCase confirmSession,
      Clock clock) {
    this.tokens = tokens;
    this.identityStore = identityStore;
    this.confirmSession = confirmSession;
    this.clock = clock;
  }

  /**
   * Who calls, told to the container through {@code login}; {@code signIn} is the credential the
   * sign-in page typed, null on every other request.
   */
  public AuthenticationStatus validateRequest(
      HttpServletRequest request,
      HttpServletResponse response,
      UsernamePasswordCredential signIn,
      ContainerLogin login) {
    Optional<String> bearer = bearerToken(request.getHeader(AUTHORIZATION));
    if (bearer.isPresent()) {
      return partner(bearer.get(), request, response, login);
    }
    if (signIn != null) {
      return signIn(signIn, request, login);
    }
    Optional<SignedInSession.SignedIn> session = confirmed(request);
    if (session.isPresent()) {
      Actor person = session.get().actor();
      return guard(person, request, response).orElseGet(() -> login.caller(person));
    }
    return guard(Actor.visitor(), request, response).orElseGet(login::anonymous);
  }

  /**
   * The session's person, if the account still accepts the session: a password set or reset, a
   * disabled account or another role since sign-in end it here, and the person goes on as a visitor
   * (on a protected page: sent to sign in).
   */
  private Optional<SignedInSession.SignedIn> confirmed(HttpServletRequest request) {
    Optional<SignedInSession.SignedIn> session = SignedInSession.current(request, clock.instant());
    if (session.isPresent()
        && !confirmSession.isCurrent(session.get().actor().id(), session.get().sessionVersion())) {
      HttpSession ended = request.getSession(false);
      if (ended != null) {
        SignedInSession.invalidate(ended);
      }
      return Optional.empty();
    }
    return session;
  }

  /** A partner system: verified token, no session; a refused token is a 401 problem. */
  private AuthenticationStatus partner(
      String token,
      HttpServletRequest request,
      HttpServletResponse response,
      ContainerLogin login) {
    Actor partner;
    try {
      partner = tokens.verify(token);
    } catch (RejectedTokenException e) {
      LOG.log(Level.FINE, "Bearer token refused: {0}", e.getMessage());
      return refusedTokens.refuse(request, response);
    }
    return guard(partner, request, response).orElseGet(() -> login.caller(partner));
  }

  /** The sign-in page asked: check through the identity store, then start the session. */
  private AuthenticationStatus signIn(
      UsernamePasswordCredential credential, HttpServletRequest request, ContainerLogin login) {
    CredentialValidationResult result = identityStore.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID
        || !(result.getCallerPrincipal() instanceof SignedInCaller caller)) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    Actor person = caller.actor();
    SignedInSession.start(request, person, clock.instant(), caller.sessionVersion());
    return login.caller(person);
  }

  /**
   * Keeps a protected page from whoever may not open it: a visitor is sent to sign in, anyone else
   * without the role gets 403. Empty when the caller may go on.
   */
  private static Optional<AuthenticationStatus> guard(
      Actor actor, HttpServletRequest request, HttpServletResponse response) {
    ProtectedPaths.Requirement requirement = requirementOf(request);
    if (!requirement.signInRequired()) {
      return Optional.empty();
    }
    if (actor.kind() == Actor.Kind.VISITOR) {
      SecurityHeaders.apply(response, request.isSecure());
      // A relative Location: sendRedirect (context.redirect) would make it absolute from the
      // request's Host header, which the client chooses.
      response.setStatus(HttpServletResponse.SC_FOUND);
      response.setHeader(
          "Location",
          SignInRedirect.location(
              request.getContextPath(),
              request.getRequestURI(),
              request.getQueryString(),
              request.getMethod(),
              request.getHeader("Accept-Language")));
      return Optional.of(AuthenticationStatus.SEND_CONTINUE);
    }
    boolean admitted =
        actor.kind() == Actor.Kind.PERSON
            && requirement
                .role()
                .map(role -> ContainerGroups.of(actor).contains(role.code()))
                .orElse(true);
    if (admitted) {
      // Pages for signed-in people are never kept by browsers or proxies after sign-out.
      response.setHeader("Cache-Control", "no-store");
      return Optional.empty();
    }
    SecurityHeaders.apply(response, request.isSecure());
    try {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    } catch (IOException e) {
      LOG.log(Level.FINE, "Could not send 403", e);
    }
    return Optional.of(AuthenticationStatus.SEND_FAILURE);
  }

  private static ProtectedPaths.Requirement requirementOf(HttpServletRequest request) {
    String raw = request.getRequestURI().substring(request.getContextPath().length());
    String decoded =
        (request.getServletPath() == null ? "" : request.getServletPath())
            + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return ProtectedPaths.of(raw, decoded);
  }

  /** The token of an {@code Authorization: Bearer <token>} header (scheme in any case). */
  static Optional<String> bearerToken(String authorization) {
    if (authorization == null) {
      return Optional.empty();
    }
    String value = authorization.strip();
    if (value.length() < 6 || !value.substring(0, 6).toLowerCase(Locale.ROOT).equals("bearer")) {
      return Optional.empty();
    }
    if (value.length() > 6 && !Character.isWhitespace(value.charAt(6))) {
      return Optional.empty();
    }
    return Optional.of(value.substring(6).strip());
  }
}
