package lu.creativecluster.adapter.webui.security;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import lu.creativecluster.domain.access.Actor;

/**
 * Security adapter: the WAR's Jakarta Authentication (JASPIC) module, through which the container
 * asks {@link ClusterAuthenticationMechanism} who calls.
 *
 * <p>Why not Jakarta Security's bridge: Soteria's {@code HttpBridgeServerAuthModule} looks the
 * mechanism up in CDI twice per request, each time through a JNDI lookup of the bean manager that
 * first builds a {@code NamingException} with its stack trace; measured, that halved the rate of
 * every cheap answer of the WAR (a cached API answer, a 404 problem, a static file). This module
 * holds the mechanism from registration ({@link AuthModuleRegistration}) on and does the rest of
 * what the bridge did: report the caller and their groups, or no caller, and turn the mechanism's
 * status into the container's.
 *
 * <p>The sign-in page hands the typed credential over in a request attribute ({@link
 * SessionSignIn#signIn}); the module leaves the mechanism's status in another, since {@code
 * HttpServletRequest.authenticate} only answers true or false.
 */
final class ClusterServerAuthModule implements ServerAuthModule {

  /** Request attribute: the {@link UsernamePasswordCredential} of a sign-in in progress. */
  static final String CREDENTIAL_ATTRIBUTE = "lu.creativecluster.webui.signInCredential";

  /** Request attribute: the mechanism's {@link AuthenticationStatus} for that sign-in. */
  static final String STATUS_ATTRIBUTE = "lu.creativecluster.webui.signInStatus";

  private static final Class<?>[] MESSAGE_TYPES = {
    HttpServletRequest.class, HttpServletResponse.class
  };

  private final ClusterAuthenticationMechanism mechanism;
  private volatile CallbackHandler handler;

  ClusterServerAuthModule(ClusterAuthenticationMechanism mechanism) {
    this.mechanism = Objects.requireNonNull(mechanism, "mechanism");
  }

  @Override
  @SuppressWarnings("rawtypes")
  public void initialize(
      MessagePolicy requestPolicy,
      MessagePolicy responsePolicy,
      CallbackHandler handler,
      Map options) {
    this.handler = handler;
  }

  @Override
  public Class<?>[] getSupportedMessageTypes() {
    return MESSAGE_TYPES.clone();
  }

  @Override
  public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service)
      throws AuthException {
    HttpServletRequest request = (HttpServletRequest) message.getRequestMessage();
    HttpServletResponse response = (HttpServletResponse) message.getResponseMessage();
    Object credential = request.getAttribute(CREDENTIAL_ATTRIBUTE);
    AuthenticationStatus status;
    try {
      status =
          mechanism.validateRequest(
              request,
              response,
              credential instanceof UsernamePasswordCredential typed ? typed : null,
              new Callbacks(handler, client));
    } catch (RuntimeException e) {
      throw (AuthException) new AuthException("The authentication mechanism failed").initCause(e);
    }
    if (credential != null) {
      request.setAttribute(STATUS_ATTRIBUTE, status);
    }
    return containerStatus(status);
  }

  /** NOT_DONE (no caller, go on) is the container's SUCCESS without a principal. */
  static AuthStatus containerStatus(AuthenticationStatus status) {
    return switch (status) {
      case SUCCESS, NOT_DONE -> AuthStatus.SUCCESS;
      case SEND_CONTINUE -> AuthStatus.SEND_CONTINUE;
      case SEND_FAILURE -> AuthStatus.SEND_FAILURE;
    };
  }

  /** Nothing to add to an answer: sessions are the application's own ({@link SignedInSession}). */
  @Override
  public AuthStatus secureResponse(MessageInfo message, Subject service) {
    return AuthStatus.SEND_SUCCESS;
  }

  @Override
  public void cleanSubject(MessageInfo message, Subject subject) {
    if (subject != null) {
      subject.getPrincipals().clear();
    }
  }

  /** One request's answers to the container, as the JASPIC callbacks carry them. */
  record Callbacks(CallbackHandler handler, Subject subject) implements ContainerLogin {

    @Override
    public AuthenticationStatus caller(Actor actor) {
      Set<String> groups = ContainerGroups.of(actor);
      CallerPrincipalCallback caller = new CallerPrincipalCallback(subject, actor);
      handle(
          groups.isEmpty()
              ? new Callback[] {caller}
              : new Callback[] {
                caller, new GroupPrincipalCallback(subject, groups.toArray(String[]::new))
              });
      return AuthenticationStatus.SUCCESS;
    }

    @Override
    public AuthenticationStatus anonymous() {
      // JASPIC's "no caller, go on": a caller callback without a principal.
      handle(new Callback[] {new CallerPrincipalCallback(subject, (Principal) null)});
      return AuthenticationStatus.NOT_DONE;
    }

    private void handle(Callback[] callbacks) {
      try {
        handler.handle(callbacks);
      } catch (IOException | UnsupportedCallbackException e) {
        throw new IllegalStateException("The container did not take the caller", e);
      }
    }
  }
}
