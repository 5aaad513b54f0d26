package lu.creativecluster.domain.account;

import java.util.Objects;

/**
 * Value type: a password as stored, an encoded salted hash whose format belongs to the hasher. It
 * never prints its value, so it cannot leak into a log.
 */
public record PasswordHash(String encoded) {

  public PasswordHash {
    Objects.requireNonNull(encoded, "encoded");
    if (encoded.isBlank()) {
      throw new IllegalArgumentException("a password hash is never blank");
    }
  }

  @Override
  public String toString() {
    return "PasswordHash[***]";
  }
}
