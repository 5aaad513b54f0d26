package lu.creativecluster.it.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Test infrastructure: the partners' identity provider. Makes an RSA key pair at test time (nothing
 * secret is committed), writes the public key where the server reads it (CLUSTER_JWT_PUBLIC_KEY_
 * LOCATION, set by failsafe) before the managed WildFly starts, and keeps the private key for
 * {@link TestTokens}.
 */
public class TestIdentityProvider implements LauncherSessionListener {

  private static final int RSA_BITS = 2048;
  private static RSAKey signingKey;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String location = System.getProperty("it.jwt.public-key");
    if (location == null || location.isBlank()) {
      return;
    }
    writePublicKey(signingKey(), Path.of(location));
  }

  /** The key the server trusts; made on first use when no failsafe run asked for it. */
  static synchronized RSAKey signingKey() {
    if (signingKey == null) {
      signingKey = newKey();
    }
    return signingKey;
  }

  /** A key pair the server has never seen, for tokens that must be refused. */
  static RSAKey newKey() {
    try {
      return new RSAKeyGenerator(RSA_BITS).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("could not make an RSA key pair", e);
    }
  }

  /** The trusted public key as PEM text, the form an operator configures. */
  static String publicKeyPem() {
    try {
      byte[] spki = signingKey().toRSAPublicKey().getEncoded();
      String body =
          Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(spki);
      return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void writePublicKey(RSAKey key, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, publicKeyPem(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the test public key to " + file, e);
    }
  }
}
