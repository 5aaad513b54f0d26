package lu.creativecluster.adapter.rest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import lu.creativecluster.adapter.rest.problem.InvalidRequestParameterException;
import lu.creativecluster.application.port.in.audit.AuditLogQuery;
import lu.creativecluster.domain.access.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditLogParametersTest {

  @Test
  void noParameters_giveTheNewest50() {
    AuditLogQuery query = AuditLogParameters.query(Actor.visitor(), null, null);
    assertEquals(50, query.limit());
    assertEquals(Optional.empty(), query.before());
    assertEquals(50, AuditLogParameters.limit("  "));
  }

  @Test
  void limitWithinRange_isTaken() {
    assertEquals(1, AuditLogParameters.limit("1"));
    assertEquals(500, AuditLogParameters.limit(" 500 "));
    assertEquals(7, AuditLogParameters.limit("007"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "501", "-1", "ten", "1.5", "99999999999999999999", "1e2", "+5"})
  void limitOutOfRangeOrNotANumber_isRefusedNamingLimit(String raw) {
    InvalidRequestParameterException e =
        assertThrows(InvalidRequestParameterException.class, () -> AuditLogParameters.limit(raw));
    assertEquals("limit", e.invalidParams().get(0).name());
  }

  @Test
  void before_isAnIsoInstant_offsetsIncluded() {
    assertEquals(
        Optional.of(Instant.parse("2026-03-01T09:00:00Z")),
        AuditLogParameters.before("2026-03-01T09:00:00Z"));
    assertEquals(
        Optional.of(Instant.parse("2026-03-01T08:00:00Z")),
        AuditLogParameters.before("2026-03-01T09:00:00+01:00"));
    assertEquals(Optional.empty(), AuditLogParameters.before(""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2026-03-01", "2026-03-01T09:00:00", "1700000000"})
  void beforeThatIsNoInstant_isRefusedNamingBefore(String raw) {
    InvalidRequestParameterException e =
        assertThrows(InvalidRequestParameterException.class, () -> AuditLogParameters.before(raw));
    assertEquals("before", e.invalidParams().get(0).name());
  }
}
