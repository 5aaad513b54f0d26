package lu.creativecluster.application.service.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkSecretsTest {

  @Test
  void aSecretIs32RandomBytesInBase64UrlWithoutPadding() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      String secret = LinkSecrets.newSecret();
      assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), secret);
      seen.add(secret);
    }
    assertEquals(100, seen.size());
  }

  @Test
  void theStoredFormIsTheLowerCaseHexSha256() {
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        LinkSecrets.hashOf("abc"));
  }
}
