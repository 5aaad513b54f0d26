package lu.creativecluster.adapter.persistence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Unit test: instants are stored to the microsecond, cut rather than rounded. */
class StoredInstantsTest {

  @Test
  void stored_cutsBelowTheMicrosecond() {
    assertEquals(
        Instant.parse("2026-03-01T09:15:30.123456Z"),
        StoredInstants.stored(Instant.parse("2026-03-01T09:15:30.123456999Z")));
    assertNull(StoredInstants.stored(null));
  }

  @Test
  void storedCeiling_isTheFirstStorableInstantNotBefore() {
    Instant exact = Instant.parse("2026-03-01T09:15:30.123456Z");

    assertEquals(exact, StoredInstants.storedCeiling(exact));
    assertEquals(
        Instant.parse("2026-03-01T09:15:30.123457Z"),
        StoredInstants.storedCeiling(Instant.parse("2026-03-01T09:15:30.123456001Z")));
  }
}
