package lu.creativecluster.adapter.webui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import lu.creativecluster.application.port.in.inquiry.SeedDemoRoutingUseCase;
import org.junit.jupiter.api.Test;

class DemoRoutingOnStartupTest {

  private final AtomicInteger seeded = new AtomicInteger();
  private final SeedDemoRoutingUseCase demo =
      () -> {
        seeded.incrementAndGet();
        return 8;
      };

  private static Function<String, Optional<String>> settings(Map<String, String> values) {
    return name -> Optional.ofNullable(values.get(name));
  }

  @Test
  void withoutTheDemoSwitch_noDemoRecipientIsSeeded() {
    DemoRoutingOnStartup.seed(settings(Map.of()), demo);
    DemoRoutingOnStartup.seed(settings(Map.of("cluster.demo", "yes")), demo);
    DemoRoutingOnStartup.seed(settings(Map.of("cluster.demo", "false")), demo);

    assertEquals(0, seeded.get());
  }

  @Test
  void theDemoSwitch_seedsTheDemoRecipients() {
    DemoRoutingOnStartup.seed(settings(Map.of("cluster.demo", "true")), demo);

    assertEquals(1, seeded.get());
  }

  @Test
  void aFailingSeed_doesNotStopTheStart() {
    DemoRoutingOnStartup.seed(
        settings(Map.of("cluster.demo", "true")),
        () -> {
          throw new IllegalStateException("database away");
        });
  }
}
