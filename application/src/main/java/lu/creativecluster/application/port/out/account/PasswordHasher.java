package lu.creativecluster.application.port.out.account;

import lu.creativecluster.domain.account.PasswordHash;

/**
 * Outbound port: a slow, salted password hash (PBKDF2-SHA256 with at least 210,000 iterations, or
 * stronger).
 */
public interface PasswordHasher {

  PasswordHash hash(String password);

  boolean matches(String password, PasswordHash hash);
}
