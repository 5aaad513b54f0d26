package lu.creativecluster.adapter.webui.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Set;
import lu.creativecluster.application.port.in.account.SignInCommand;
import lu.creativecluster.application.port.in.account.SignInRefusedException;
import lu.creativecluster.application.port.in.account.SignInUseCase;
import lu.creativecluster.application.port.in.account.SignedInPerson;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.access.Actor;

/**
 * Security adapter: the database identity store of Jakarta Security. It checks e-mail address and
 * password through the sign-in use case (which hashes, counts failures, delays, throttles and
 * audits), and leaves the refusal in a request attribute so that the sign-in page can tell a wrong
 * password from too many attempts.
 */
@ApplicationScoped
public class ClusterIdentityStore implements IdentityStore {

  /** Request attribute: the {@link SignInRefusedException} of a refused sign-in. */
  public static final String REFUSED_ATTRIBUTE = "lu.creativecluster.webui.signInRefused";

  private final SignInUseCase signIn;
  private final HttpServletRequest request;

  /** For CDI's client proxy only. */
  protected ClusterIdentityStore() {
    this(null, null);
  }

  @Inject
  public ClusterIdentityStore(SignInUseCase signIn, HttpServletRequest request) {
    this.signIn = signIn;
    this.request = request;
  }

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential typed)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String email = typed.getCaller();
    String password = typed.getPasswordAsString();
    if (email == null || email.isBlank() || password == null || password.isEmpty()) {
      return refused(
          new SignInRefusedException(SignInRefusedException.Reason.INVALID_CREDENTIALS, null));
    }
    try {
      SignedInPerson person =
          signIn.signIn(new SignInCommand(email.strip(), password, request.getRemoteAddr()));
      Actor actor = person.actor();
      return new CredentialValidationResult(
          new SignedInCaller(actor, person.sessionVersion()), ContainerGroups.of(actor));
    } catch (SignInRefusedException e) {
      return refused(e);
    } catch (ConcurrentUpdateException e) {
      // Two attempts on one account at the same moment (a double click): this one did not get in
      // and nothing of it was saved; the person simply tries again.
      return refused(
          new SignInRefusedException(SignInRefusedException.Reason.INVALID_CREDENTIALS, null));
    }
  }

  @Override
  public Set<ValidationType> validationTypes() {
    return EnumSet.of(ValidationType.VALIDATE);
  }

  private CredentialValidationResult refused(SignInRefusedException e) {
    request.setAttribute(REFUSED_ATTRIBUTE, e);
    return CredentialValidationResult.INVALID_RESULT;
  }
}
