package lu.creativecluster.application.port.out.account;

/**
 * Outbound port: a maintained list of passwords that attackers try first (leaked, most common),
 * which the password rules refuse whatever their length.
 */
public interface CommonPasswords {

  /** Whether this password, or a trivial variation of a listed one, is on the list. */
  boolean isCommon(String password);
}
