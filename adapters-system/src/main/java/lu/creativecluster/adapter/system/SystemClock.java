package lu.creativecluster.adapter.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * System adapter: the time the application services and adapters read, the machine's clock in UTC.
 * Tests hand the services a fixed or movable {@link Clock} instead.
 */
@ApplicationScoped
public class SystemClock {

  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
