package lu.creativecluster.adapter.system;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import lu.creativecluster.application.port.out.account.PasswordHasher;
import lu.creativecluster.domain.account.PasswordHash;

/**
 * Security adapter: stores passwords as PBKDF2-HMAC-SHA256 from the JDK's own provider, salted and
 * slow. The encoding names algorithm and iteration count ({@code
 * pbkdf2-sha256$600000$<salt>$<key>}), so stored hashes keep verifying after the count is raised,
 * and {@link #needsRehash} tells which were made with fewer iterations (the 210,000 of earlier
 * releases) so they are replaced at the next sign-in.
 */
@ApplicationScoped
public class Pbkdf2PasswordHasher implements PasswordHasher {

  /**
   * OWASP's figure for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet; 210,000 is its figure for
   * SHA-512); never lower.
   */
  static final int ITERATIONS = 600_000;

  static final String PREFIX = "pbkdf2-sha256";

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int SALT_BYTES = 16;
  private static final int KEY_BYTES = 32;

  /** Refuses absurd counts read from storage, which would tie up a thread for minutes. */
  private static final int MAX_ITERATIONS = 10_000_000;

  private final int iterations;
  private final SecureRandom random;

  public Pbkdf2PasswordHasher() {
    this(ITERATIONS, new SecureRandom());
  }

  /** Lets tests hash quickly; production always uses {@link #ITERATIONS}. */
  Pbkdf2PasswordHasher(int iterations, SecureRandom random) {
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException("iterations out of range: " + iterations);
    }
    this.iterations = iterations;
    this.random = random;
  }

  @Override
  public PasswordHash hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] key = derive(password, salt, iterations, KEY_BYTES);
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    return new PasswordHash(
        PREFIX
            + "$"
            + iterations
            + "$"
            + base64.encodeToString(salt)
            + "$"
            + base64.encodeToString(key));
  }

  @Override
  public boolean matches(String password, PasswordHash hash) {
    if (password == null || hash == null) {
      return false;
    }
    Optional<Encoded> encoded = Encoded.parse(hash.encoded());
    if (encoded.isEmpty()) {
      return false;
    }
    Encoded stored = encoded.get();
    byte[] candidate = derive(password, stored.salt(), stored.iterations(), stored.key().length);
    return MessageDigest.isEqual(candidate, stored.key());
  }

  /** Anything not made exactly as {@link #hash} makes it now: fewer iterations, another scheme. */
  @Override
  public boolean needsRehash(PasswordHash hash) {
    return Encoded.parse(hash.encoded())
        .map(e -> e.iterations() < iterations || e.key().length != KEY_BYTES)
        .orElse(true);
  }

  private static byte[] derive(String password, byte[] salt, int iterations, int keyBytes) {
    char[] chars = password.toCharArray();
    PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, keyBytes * 8);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is part of every Java 17 runtime", e);
    } finally {
      spec.clearPassword();
      Arrays.fill(chars, '\0');
    }
  }

  /** A stored hash taken apart; anything that is not our format is simply not a match. */
  private record Encoded(int iterations, byte[] salt, byte[] key) {

    static Optional<Encoded> parse(String value) {
      String[] parts = value.split("\\$", -1);
      if (parts.length != 4 || !parts[0].equals(PREFIX)) {
        return Optional.empty();
      }
      try {
        int iterations = Integer.parseInt(parts[1]);
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] salt = base64.decode(parts[2].getBytes(StandardCharsets.US_ASCII));
        byte[] key = base64.decode(parts[3].getBytes(StandardCharsets.US_ASCII));
        if (iterations < 1 || iterations > MAX_ITERATIONS || salt.length == 0 || key.length == 0) {
          return Optional.empty();
        }
        return Optional.of(new Encoded(iterations, salt, key));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
  }
}
