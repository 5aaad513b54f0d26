package lu.creativecluster.adapter.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MailDeliveryTimerTest {

  @Test
  void theInterval_isAnIsoDuration() {
    assertEquals(Duration.ofSeconds(2), MailDeliveryTimer.interval("PT2S"));
    assertEquals(Duration.ofMinutes(1), MailDeliveryTimer.interval(" PT1M "));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"15", "15s", "PT0S", "-PT5S"})
  void aMalformedOrNonPositiveInterval_fallsBackToFifteenSeconds(String configured) {
    assertEquals(Duration.ofSeconds(15), MailDeliveryTimer.interval(configured));
  }
}
