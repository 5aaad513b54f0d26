package lu.creativecluster.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEventTest {

  private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

  @Test
  void newlinesFromInput_cannotForgeASecondEntry() {
    AuditEvent event =
        AuditEvent.of(
            T0,
            "visitor",
            AuditAction.SIGN_IN_FAILED,
            "x@y.lu\r\n2026-11-27 admin sign-in.succeeded",
            "10.0.0.1");
    assertFalse(event.target().contains("\n"));
    assertFalse(event.target().contains("\r"));
    assertTrue(event.target().contains("\\u000d\\u000a"), event.target());
  }

  @Test
  void unicodeLineSeparators_areNeutralisedToo() {
    AuditEvent event = AuditEvent.of(T0, "visitor", "a", "one\u2028two\u0000", "");
    assertEquals("one\\u2028two\\u0000", event.target());
  }

  @Test
  void bidiOverridesAndInvisibleFormatCharacters_areEscaped_soTheEntryReadsAsTyped() {
    AuditEvent event =
        AuditEvent.of(
            T0,
            "visitor",
            AuditAction.SIGN_IN_FAILED,
            "admin\u202e@moc.lu\u200b\u2066x\u2069\u200f\ufeff",
            "");
    assertEquals("admin\\u202e@moc.lu\\u200b\\u2066x\\u2069\\u200f\\ufeff", event.target());
  }

  @Test
  void ordinaryLettersOfOtherScripts_stayAsTheyAre() {
    AuditEvent event = AuditEvent.of(T0, "visitor", "a", "Grüße ŁÓDŹ עברית 日本 🎨", "");
    assertEquals("Grüße ŁÓDŹ עברית 日本 🎨", event.target());
  }

  @Test
  void longTexts_areCapped() {
    AuditEvent event = AuditEvent.of(T0, "visitor", "a", "x".repeat(5000), null);
    assertEquals(AuditEvent.MAX_TEXT + 1, event.target().length());
    assertEquals("", event.sourceAddress());
  }

  @Test
  void actorAndAction_areRequired() {
    assertThrows(IllegalArgumentException.class, () -> AuditEvent.of(T0, " ", "a", "", ""));
    assertThrows(IllegalArgumentException.class, () -> AuditEvent.of(T0, "visitor", null, "", ""));
  }
}
