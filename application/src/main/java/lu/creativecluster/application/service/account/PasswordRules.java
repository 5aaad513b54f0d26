package lu.creativecluster.application.service.account;

import lu.creativecluster.application.port.in.account.PasswordPolicy;
import lu.creativecluster.application.port.in.account.WeakPasswordException;
import lu.creativecluster.application.port.out.account.CommonPasswords;

/**
 * Helper: every rule a new password must meet: the length of {@link PasswordPolicy}, and not on the
 * list of common passwords (NIST SP 800-63B asks for both, and for nothing more).
 */
final class PasswordRules {

  private PasswordRules() {}

  /**
   * @throws WeakPasswordException with reason {@code too-short}, {@code too-long} or {@code common}
   */
  static void check(String password, CommonPasswords commonPasswords) {
    PasswordPolicy.check(password);
    if (commonPasswords.isCommon(password)) {
      throw new WeakPasswordException("common");
    }
  }
}
