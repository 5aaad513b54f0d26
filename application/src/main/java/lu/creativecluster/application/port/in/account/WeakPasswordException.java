package lu.creativecluster.application.port.in.account;

/** Contract exception: a new password does not meet the policy. */
public class WeakPasswordException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why, as a stable key adapters translate: {@code too-short}, {@code too-long}, … */
  private final String reason;

  public WeakPasswordException(String reason) {
    super("password rejected: " + reason);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
