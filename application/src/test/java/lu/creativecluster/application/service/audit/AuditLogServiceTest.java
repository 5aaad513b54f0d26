package lu.creativecluster.application.service.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.audit.AuditLogQuery;
import lu.creativecluster.application.port.in.audit.ReadAuditLogUseCase;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditLogServiceTest {

  private static final Actor ADMIN =
      Actor.person("7d0c1f7e-0000-4000-8000-000000000001", "Ada", Set.of(Role.ADMIN, Role.STAFF));
  private static final Actor STATS_PARTNER =
      Actor.partner("ministry", Set.of(ReadAuditLogUseCase.SCOPE));

  private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
  private final InMemoryAuditLog log = new InMemoryAuditLog();
  private final AuditLogService service = new AuditLogService(log, clock);

  @BeforeEach
  void threeEntries() {
    for (String action : List.of("first", "second", "third")) {
      service.record(Actor.visitor(), action, "", "");
      clock.advance(Duration.ofMinutes(1));
    }
  }

  @Test
  void anAdmin_readsTheNewestFirst_andTheReadingIsAudited() {
    List<AuditEvent> page = service.read(new AuditLogQuery(ADMIN, 2, Optional.empty()));

    assertEquals(List.of("third", "second"), page.stream().map(AuditEvent::action).toList());
    AuditEvent reading = log.last();
    assertEquals(AuditAction.AUDIT_LOG_READ, reading.action());
    assertEquals("person:" + ADMIN.id(), reading.actor());
    assertEquals(clock.instant(), reading.at());
  }

  @Test
  void theNextPage_startsBeforeTheLastEntrySeen() {
    Instant secondAt = log.events().get(1).at();

    List<AuditEvent> page = service.read(new AuditLogQuery(ADMIN, 10, Optional.of(secondAt)));

    assertEquals(List.of("first"), page.stream().map(AuditEvent::action).toList());
  }

  @Test
  void aPartnerWithTheAuditScope_readsWithoutAnEntry() {
    List<AuditEvent> page = service.read(new AuditLogQuery(STATS_PARTNER, 10, Optional.empty()));

    assertEquals(3, page.size());
    assertEquals(3, log.events().size());
  }

  static Stream<Arguments> outsiders() {
    return Stream.of(
        Arguments.of(Actor.visitor()),
        Arguments.of(Actor.person("m-1", "Member", Set.of(Role.MEMBER))),
        Arguments.of(Actor.person("s-1", "Staff", Set.of(Role.STAFF))),
        Arguments.of(Actor.partner("ministry", Set.of("stats:read", "members:read"))));
  }

  @ParameterizedTest
  @MethodSource("outsiders")
  void everyoneElse_isRefused(Actor outsider) {
    AuditLogQuery query = new AuditLogQuery(outsider, 10, Optional.empty());

    assertThrows(AccessDeniedException.class, () -> service.read(query));
    assertEquals(3, log.events().size());
  }

  @Test
  void recordedEvents_carryTheActorsNameAndNeutraliseLineBreaks() {
    service.record(
        STATS_PARTNER, "cooperation.updated", "project 12\r\nadmin sign-in.succeeded", "10.1.1.1");

    AuditEvent event = log.last();
    assertEquals("partner:ministry", event.actor());
    assertEquals("cooperation.updated", event.action());
    assertEquals("project 12\\u000d\\u000aadmin sign-in.succeeded", event.target());
    assertTrue(event.target().chars().noneMatch(Character::isISOControl));
    assertEquals(clock.instant(), event.at());
  }
}
