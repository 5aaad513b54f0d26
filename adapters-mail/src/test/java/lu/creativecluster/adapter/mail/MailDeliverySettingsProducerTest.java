package lu.creativecluster.adapter.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailDeliverySettingsProducerTest {

  @Test
  void theRetryPause_isAnIsoDuration_andAMinuteWhenUnset() {
    assertEquals(
        Duration.ofSeconds(1),
        MailDeliverySettingsProducer.settings(Optional.of(" PT1S ")).firstRetryPause());
    assertEquals(
        Duration.ofMinutes(1),
        MailDeliverySettingsProducer.settings(Optional.empty()).firstRetryPause());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1s", "PT0S", "-PT5S", "PT2H"})
  void aMalformedOrOutOfRangePause_fallsBackToAMinute(String configured) {
    assertEquals(
        Duration.ofMinutes(1),
        MailDeliverySettingsProducer.settings(Optional.of(configured)).firstRetryPause());
  }
}
