package lu.creativecluster.application.service.account;

import lu.creativecluster.application.port.out.account.PasswordHasher;
import lu.creativecluster.domain.account.PasswordHash;

/**
 * Test fake of the {@link PasswordHasher} port: fast, salted by a counter and never the identity,
 * so a test notices a password stored or compared in plain text. It counts its work, and can run
 * something in the middle of the next hash to play a concurrent request.
 */
final class FakePasswordHasher implements PasswordHasher {

  private static final String OLD = "fake-old";

  private int salt;
  private int hashes;
  private int verifications;
  private Runnable duringNextHash;

  @Override
  public PasswordHash hash(String password) {
    hashes++;
    salt++;
    if (duringNextHash != null) {
      Runnable concurrent = duringNextHash;
      duringNextHash = null;
      concurrent.run();
    }
    return new PasswordHash("fake$" + salt + "$" + scrambled(password));
  }

  @Override
  public boolean matches(String password, PasswordHash hash) {
    verifications++;
    String[] parts = hash.encoded().split("\\$", 3);
    return parts.length == 3
        && (parts[0].equals("fake") || parts[0].equals(OLD))
        && parts[2].equals(scrambled(password));
  }

  /** Hashes of the "older parameters" kind ({@link #oldHash}) want a new hash. */
  @Override
  public boolean needsRehash(PasswordHash hash) {
    return hash.encoded().startsWith(OLD + "$");
  }

  /** A hash as an earlier, weaker setting of the hasher made it: it verifies, but is outdated. */
  PasswordHash oldHash(String password) {
    salt++;
    return new PasswordHash(OLD + "$" + salt + "$" + scrambled(password));
  }

  void duringNextHash(Runnable concurrent) {
    this.duringNextHash = concurrent;
  }

  int hashes() {
    return hashes;
  }

  int verifications() {
    return verifications;
  }

  private static String scrambled(String password) {
    return Integer.toHexString(password.hashCode()) + new StringBuilder(password).reverse();
  }
}
