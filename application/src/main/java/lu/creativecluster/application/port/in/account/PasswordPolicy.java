package lu.creativecluster.application.port.in.account;

/**
 * The password rules (after NIST SP 800-63B): long enough, not absurdly long, nothing else imposed.
 * Public so that forms can tell people the rule before they submit.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  /**
   * @throws WeakPasswordException with reason {@code too-short} or {@code too-long}
   */
  public static void check(String password) {
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      throw new WeakPasswordException("too-short");
    }
    if (length > MAX_LENGTH) {
      throw new WeakPasswordException("too-long");
    }
  }
}
