package lu.creativecluster.application.port.out.account;

import lu.creativecluster.domain.account.PasswordHash;

/**
 * Outbound port: a slow, salted password hash (PBKDF2-HMAC-SHA256 with at least 600,000 iterations,
 * or stronger).
 */
public interface PasswordHasher {

  PasswordHash hash(String password);

  boolean matches(String password, PasswordHash hash);

  /**
   * Whether this stored hash is weaker than what {@link #hash} makes today (fewer iterations, an
   * older scheme), so the password should be hashed again at its next successful sign-in.
   */
  boolean needsRehash(PasswordHash hash);
}
