package lu.creativecluster.adapter.webui.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionLifetimeTest {

  private static final Instant SIGNED_IN = Instant.parse("2026-05-04T08:00:00Z");

  @Test
  void aSession_livesUpTo12Hours() {
    assertFalse(SessionLifetime.isOver(SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(11))));
    assertFalse(
        SessionLifetime.isOver(SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(12)).minusMillis(1)));
  }

  @Test
  void aSession_isOverAfter12Hours_howeverBusy() {
    assertTrue(SessionLifetime.isOver(SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(12))));
    assertTrue(SessionLifetime.isOver(SIGNED_IN, SIGNED_IN.plus(Duration.ofDays(3))));
  }
}
