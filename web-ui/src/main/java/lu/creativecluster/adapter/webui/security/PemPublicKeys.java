package lu.creativecluster.adapter.webui.security;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * Security adapter: reads a partner's public key from PEM text, as operators paste it into an
 * environment variable (with real or escaped line breaks, or none): a {@code PUBLIC KEY} (RSA or
 * EC, X.509 SubjectPublicKeyInfo) or a {@code CERTIFICATE}. Decoding only; the JDK does the crypto.
 */
final class PemPublicKeys {

  private static final String CERTIFICATE = "CERTIFICATE";
  private static final String PUBLIC_KEY = "PUBLIC KEY";

  private PemPublicKeys() {}

  static PublicKey parse(String pem) {
    String text = pem.replace("\\n", "\n").replace("\\r", "").trim();
    String label = label(text);
    byte[] der = Base64.getMimeDecoder().decode(body(text));
    try {
      if (CERTIFICATE.equals(label)) {
        return CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(der))
            .getPublicKey();
      }
      if (!label.isEmpty() && !PUBLIC_KEY.equals(label)) {
        throw new IllegalArgumentException(
            "expected a PEM PUBLIC KEY or CERTIFICATE, found " + label);
      }
      return publicKey(der);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not a readable public key: " + e.getMessage(), e);
    }
  }

  private static PublicKey publicKey(byte[] der) throws GeneralSecurityException {
    X509EncodedKeySpec spec = new X509EncodedKeySpec(der);
    GeneralSecurityException last = null;
    for (String algorithm : List.of("RSA", "EC")) {
      try {
        return KeyFactory.getInstance(algorithm).generatePublic(spec);
      } catch (GeneralSecurityException e) {
        last = e;
      }
    }
    throw last;
  }

  /** The word between {@code -----BEGIN } and {@code -----}; empty for bare Base64. */
  private static String label(String text) {
    if (!text.startsWith("-----BEGIN ")) {
      return "";
    }
    int end = text.indexOf("-----", "-----BEGIN ".length());
    if (end < 0) {
      throw new IllegalArgumentException("unterminated PEM header");
    }
    return text.substring("-----BEGIN ".length(), end).trim();
  }

  private static String body(String text) {
    if (!text.startsWith("-----BEGIN ")) {
      return text;
    }
    int start = text.indexOf("-----", "-----BEGIN ".length()) + "-----".length();
    int end = text.indexOf("-----END ", start);
    if (end < 0) {
      throw new IllegalArgumentException("PEM without an END line");
    }
    return text.substring(start, end);
  }
}
