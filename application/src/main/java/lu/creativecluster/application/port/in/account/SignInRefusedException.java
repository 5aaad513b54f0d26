package lu.creativecluster.application.port.in.account;

import java.time.Duration;
import java.util.Optional;

/**
 * Contract exception: a sign-in did not succeed. Wrong address, wrong password, disabled and
 * not-yet-activated accounts, and an attempt for an address that must still wait after earlier
 * failures all read {@link Reason#INVALID_CREDENTIALS}, so nothing is revealed about accounts.
 * {@link Reason#TOO_MANY_ATTEMPTS} is about the client only (its address made too many failures).
 */
public class SignInRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a sign-in was refused. */
  public enum Reason {
    INVALID_CREDENTIALS,
    TOO_MANY_ATTEMPTS
  }

  private final Reason reason;
  private final transient Duration retryAfter;

  public SignInRefusedException(Reason reason, Duration retryAfter) {
    super("sign-in refused: " + reason);
    this.reason = reason;
    this.retryAfter = retryAfter;
  }

  public Reason reason() {
    return reason;
  }

  /** When throttled: how long until another attempt is considered. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
