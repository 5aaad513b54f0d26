package lu.creativecluster.adapter.webui.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import lu.creativecluster.application.port.in.impact.VisitTally;
import org.junit.jupiter.api.Test;

/** The cookie-less counter: salted daily keys, views added up per visitor and day, then flushed. */
class VisitCounterTest {

  private static final String ADDRESS = "203.0.113.7";
  private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64)";

  private final List<VisitTally> stored = new ArrayList<>();
  private final MovingClock clock = new MovingClock(Instant.parse("2026-11-30T09:00:00Z"));
  private final VisitCounter counter = counter();

  private VisitCounter counter() {
    VisitCounter c = new VisitCounter();
    c.recordVisits = stored::addAll;
    c.clock = clock;
    return c;
  }

  @Test
  void theKey_isTheSameAllDay_changesWithTheDay_andHoldsNeitherAddressNorBrowser() {
    LocalDate today = LocalDate.of(2026, 11, 30);
    String key = counter.key(today, ADDRESS, BROWSER);
    assertEquals(key, counter.key(today, ADDRESS, BROWSER));
    assertTrue(key.matches("[0-9a-f]{32}"));
    assertFalse(key.contains("203"));
    assertNotEquals(key, counter.key(today, ADDRESS, "another browser"));
    assertNotEquals(key, counter.key(today.plusDays(1), ADDRESS, BROWSER), "the salt rotates");
  }

  @Test
  void twoCountersNeverShareASalt_soKeysCannotBeRecomputedElsewhere() {
    LocalDate today = LocalDate.of(2026, 11, 30);
    assertNotEquals(counter.key(today, ADDRESS, BROWSER), counter().key(today, ADDRESS, BROWSER));
  }

  @Test
  void views_addUpPerVisitorAndDay_withTheFirstAndLastView() {
    counter.count(ADDRESS, BROWSER);
    clock.advance(Duration.ofSeconds(95));
    counter.count(ADDRESS, BROWSER);
    counter.count("198.51.100.1", BROWSER);

    counter.flush();

    assertEquals(2, stored.size());
    VisitTally first = stored.stream().filter(t -> t.views() == 2).findFirst().orElseThrow();
    assertEquals(Duration.ofSeconds(95), Duration.between(first.first(), first.last()));
    assertEquals(LocalDate.of(2026, 11, 30), first.day());

    stored.clear();
    counter.flush();
    assertEquals(List.of(), stored, "a flush hands each view over once");
  }

  @Test
  void theBuffer_isBounded_soAFloodCannotExhaustMemory() {
    for (int i = 0; i < VisitCounter.MAX_KEYS + 10; i++) {
      counter.count("10.0." + (i / 250) + "." + (i % 250), BROWSER);
    }
    assertEquals(10, counter.dropped());
    counter.flush();
    assertEquals(VisitCounter.MAX_KEYS, stored.size());
  }

  private static final class MovingClock extends Clock {
    private Instant now;

    MovingClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
