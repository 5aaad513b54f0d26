package lu.creativecluster.adapter.rest.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * REST adapter: the key a personal answer is kept under, a SHA-256 digest of its path, so that the
 * cache holds no tracking token (only its holder can ask for the path, and so reach the entry).
 */
final class PathDigest {

  private PathDigest() {}

  static String of(String target) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(target.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
