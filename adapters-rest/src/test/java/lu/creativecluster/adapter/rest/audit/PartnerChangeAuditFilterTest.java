package lu.creativecluster.adapter.rest.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartnerChangeAuditFilterTest {

  private static final Actor PARTNER = Actor.partner("ministry", Set.of("cooperation:write"));

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
  void aPartnersSuccessfulChangingCall_isRecorded(String method) {
    assertTrue(PartnerChangeAuditFilter.changedData(PARTNER, method, 200));
    assertTrue(PartnerChangeAuditFilter.changedData(PARTNER, method, 201));
    assertTrue(PartnerChangeAuditFilter.changedData(PARTNER, method, 204));
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
  void readingCalls_areNotRecorded(String method) {
    assertFalse(PartnerChangeAuditFilter.changedData(PARTNER, method, 200));
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 429, 500})
  void refusedOrFailedCalls_changedNothing(int status) {
    assertFalse(PartnerChangeAuditFilter.changedData(PARTNER, "POST", status));
  }

  @Test
  void peopleAndVisitors_areLeftToTheUseCases() {
    assertFalse(PartnerChangeAuditFilter.changedData(Actor.visitor(), "POST", 201));
    Actor staff = Actor.person("1", "Ada", Set.of(Role.STAFF));
    assertFalse(PartnerChangeAuditFilter.changedData(staff, "POST", 201));
  }
}
