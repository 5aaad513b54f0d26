package lu.creativecluster.application.port.in.impact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Command part: one visitor's page views on one day, as the counter collected them since its last
 * flush. The key is a salted hash that changes every day; no address or browser name is in it.
 */
public record VisitTally(LocalDate day, String visitorKey, Instant first, Instant last, int views) {

  public VisitTally {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(visitorKey, "visitorKey");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (!visitorKey.matches("[0-9a-f]{32}")) {
      throw new IllegalArgumentException("a visitor key is 32 hex digits");
    }
    if (last.isBefore(first) || views < 1) {
      throw new IllegalArgumentException("a tally has at least one view, last not before first");
    }
  }
}
