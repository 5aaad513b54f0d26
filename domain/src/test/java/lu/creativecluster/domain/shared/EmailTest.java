package lu.creativecluster.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

  @Test
  void anAddressIsTrimmedAndLowerCased() {
    assertEquals("anna@studio.lu", new Email("  Anna@Studio.LU ").value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "anna",
        "anna@",
        "@studio.lu",
        "anna@studio",
        "an na@studio.lu",
        "anna@studio.lu\r\nBcc: x@y.lu",
        "a@b@c.lu"
      })
  void somethingElse_isRefused(String raw) {
    assertThrows(IllegalArgumentException.class, () -> new Email(raw));
  }

  @Test
  void anOverlongAddress_isRefused() {
    String local = "a".repeat(250);
    assertThrows(IllegalArgumentException.class, () -> new Email(local + "@studio.lu"));
  }
}
