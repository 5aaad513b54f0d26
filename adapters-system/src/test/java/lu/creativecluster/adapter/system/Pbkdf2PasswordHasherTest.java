package lu.creativecluster.adapter.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import lu.creativecluster.domain.account.PasswordHash;
import org.junit.jupiter.api.Test;

class Pbkdf2PasswordHasherTest {

  /** Few iterations keep the tests fast; the format and the checks are the same. */
  private final Pbkdf2PasswordHasher fast = new Pbkdf2PasswordHasher(1_000, new SecureRandom());

  @Test
  void theDefaultHasher_uses600000IterationsA16ByteSaltAndA32ByteKey() {
    PasswordHash hash = new Pbkdf2PasswordHasher().hash("correct horse battery");

    String[] parts = hash.encoded().split("\\$");
    assertEquals("pbkdf2-sha256", parts[0]);
    assertEquals("600000", parts[1]);
    assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
    assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
  }

  @Test
  void aHashWithFewerIterations_needsRehash_aCurrentOneDoesNot() {
    PasswordHash old = new Pbkdf2PasswordHasher(210_000, new SecureRandom()).hash("old password");
    Pbkdf2PasswordHasher current = new Pbkdf2PasswordHasher();

    assertTrue(current.needsRehash(old));
    assertTrue(current.matches("old password", old));
    assertFalse(current.needsRehash(current.hash("new password")));
  }

  @Test
  void aHashOfAnotherScheme_needsRehash() {
    assertTrue(fast.needsRehash(new PasswordHash("bcrypt$2a$10$abc")));
  }

  @Test
  void theRightPassword_matches() {
    PasswordHash hash = fast.hash("cluster-demo-2026");

    assertTrue(fast.matches("cluster-demo-2026", hash));
  }

  @Test
  void aWrongPassword_doesNotMatch() {
    PasswordHash hash = fast.hash("cluster-demo-2026");

    assertFalse(fast.matches("cluster-demo-2027", hash));
    assertFalse(fast.matches("", hash));
  }

  @Test
  void theSamePasswordTwice_getsDifferentSaltsAndHashes() {
    assertNotEquals(fast.hash("same password").encoded(), fast.hash("same password").encoded());
  }

  @Test
  void nonAsciiPasswords_roundTrip() {
    PasswordHash hash = fast.hash("Grüße aus Lëtzebuerg 🎨");

    assertTrue(fast.matches("Grüße aus Lëtzebuerg 🎨", hash));
    assertFalse(fast.matches("Grusse aus Letzebuerg", hash));
  }

  @Test
  void aHashMadeWithAnotherIterationCount_stillVerifies_soTheCountCanBeRaisedLater() {
    PasswordHash old = new Pbkdf2PasswordHasher(2_000, new SecureRandom()).hash("an old password");

    assertTrue(new Pbkdf2PasswordHasher().matches("an old password", old));
  }

  @Test
  void theStoredKeyIsStandardPbkdf2HmacSha256_rfc7914TestVector() {
    // RFC 7914 section 11: PBKDF2-HMAC-SHA256, P="passwd", S="salt", c=1 (first 32 bytes).
    byte[] expected =
        HexFormat.of().parseHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    PasswordHash known =
        new PasswordHash(
            "pbkdf2-sha256$1$"
                + base64.encodeToString("salt".getBytes())
                + "$"
                + base64.encodeToString(expected));

    assertTrue(fast.matches("passwd", known));
    assertFalse(fast.matches("passwd2", known));
  }

  @Test
  void somethingThatIsNotOurFormat_neverMatchesAndNeverThrows() {
    for (String stored :
        new String[] {
          "plain-text-password",
          "pbkdf2-sha256$abc$c2FsdA$a2V5",
          "pbkdf2-sha256$0$c2FsdA$a2V5",
          "pbkdf2-sha256$99999999999$c2FsdA$a2V5",
          "pbkdf2-sha256$1000$$a2V5",
          "pbkdf2-sha256$1000$c2FsdA$",
          "pbkdf2-sha256$1000$not base64!$a2V5",
          "bcrypt$1000$c2FsdA$a2V5",
          "pbkdf2-sha256$1000$c2FsdA$a2V5$extra"
        }) {
      assertFalse(fast.matches("password", new PasswordHash(stored)), stored);
    }
  }
}
