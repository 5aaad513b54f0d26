package lu.creativecluster.adapter.webui.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PemPublicKeysTest {

  @Test
  void rsaAndEcPublicKeys_areReadFromPem() throws Exception {
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    ec.initialize(new ECGenParameterSpec("secp256r1"));

    for (PublicKey key :
        new PublicKey[] {rsa.generateKeyPair().getPublic(), ec.generateKeyPair().getPublic()}) {
      String base64 = Base64.getMimeEncoder().encodeToString(key.getEncoded());
      assertArrayEquals(
          key.getEncoded(),
          PemPublicKeys.parse(
                  "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----")
              .getEncoded());
      assertArrayEquals(
          key.getEncoded(),
          PemPublicKeys.parse(Base64.getEncoder().encodeToString(key.getEncoded())).getEncoded());
    }
  }

  @Test
  void aPrivateKeyOrGarbage_isRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PemPublicKeys.parse("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"));
    assertThrows(IllegalArgumentException.class, () -> PemPublicKeys.parse("not a key"));
    assertThrows(
        IllegalArgumentException.class,
        () -> PemPublicKeys.parse("-----BEGIN PUBLIC KEY-----\nAAAA"));
  }
}
