package lu.creativecluster.application.port.out.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;

/**
 * Contract test: what every adapter of the {@link AuditLog} port must do, whatever it stores the
 * log in. Each test starts on an empty log.
 */
public abstract class AbstractAuditLogContractTest {

  protected static final Instant T0 = Instant.parse("2026-03-01T09:00:00.000001Z");

  /** The adapter under test, on a store whose schema has been migrated. */
  protected abstract AuditLog auditLog();

  /** Runs the work in a transaction of its own, committed unless the work throws. */
  protected abstract <T> T inTransaction(Supplier<T> work);

  @Test
  void append_thenLatest_returnsEveryFieldAsSaved() {
    AuditEvent event =
        new AuditEvent(
            UUID.randomUUID(),
            Instant.parse("2026-03-01T09:15:30.123456Z"),
            "person:0b6f3a52-3c51-4c1e-9d39-2d0c8a1c5b7e",
            AuditAction.ACCOUNT_INVITED,
            "zoë@example.lu\r\nforged: entry",
            "2001:db8::1");

    append(event);

    List<AuditEvent> latest = auditLog().latest(10, Optional.empty());
    assertEquals(List.of(event), latest);
    assertEquals("zoë@example.lu\\u000d\\u000aforged: entry", latest.get(0).target());
  }

  @Test
  void append_keepsEmptyTargetAndAddressEmpty() {
    AuditEvent event = AuditEvent.of(T0, "visitor", AuditAction.SIGN_IN_FAILED, null, null);

    append(event);

    AuditEvent stored = auditLog().latest(1, Optional.empty()).get(0);
    assertEquals("", stored.target());
    assertEquals("", stored.sourceAddress());
  }

  @Test
  void append_keepsTheLongestTextsTheDomainAllows() {
    String longest = "x".repeat(500);
    AuditEvent event = AuditEvent.of(T0, longest, longest, longest, longest);

    append(event);

    assertEquals(List.of(event), auditLog().latest(1, Optional.empty()));
  }

  @Test
  void latest_isNewestFirst_andAtMostTheLimit() {
    AuditEvent second = event(T0.plusSeconds(2));
    AuditEvent first = event(T0);
    AuditEvent third = event(T0.plusSeconds(3));
    AuditEvent microLater = event(T0.plusNanos(1_000));
    List.of(second, first, third, microLater).forEach(this::append);

    assertEquals(
        List.of(third, second, microLater, first), auditLog().latest(10, Optional.empty()));
    assertEquals(List.of(third, second), auditLog().latest(2, Optional.empty()));
    assertEquals(List.of(), auditLog().latest(0, Optional.empty()));
  }

  @Test
  void latest_before_returnsOnlyStrictlyOlderEvents() {
    AuditEvent first = event(T0);
    AuditEvent second = event(T0.plusSeconds(1));
    AuditEvent third = event(T0.plusSeconds(2));
    List.of(first, second, third).forEach(this::append);

    assertEquals(List.of(first), auditLog().latest(10, Optional.of(second.at())));
    assertEquals(List.of(second, first), auditLog().latest(10, Optional.of(third.at())));
    assertEquals(List.of(second), auditLog().latest(1, Optional.of(third.at())));
    assertEquals(List.of(), auditLog().latest(10, Optional.of(first.at())));
    // A finer moment than storage keeps still counts: the event is strictly before it.
    assertEquals(List.of(first), auditLog().latest(10, Optional.of(first.at().plusNanos(1))));
  }

  @Test
  void latest_pagesThroughTheWholeLog() {
    for (int i = 0; i < 7; i++) {
      append(event(T0.plusSeconds(i)));
    }

    List<Instant> seen = new java.util.ArrayList<>();
    Optional<Instant> before = Optional.empty();
    for (List<AuditEvent> page = auditLog().latest(3, before);
        !page.isEmpty();
        page = auditLog().latest(3, before)) {
      page.forEach(e -> seen.add(e.at()));
      before = Optional.of(page.get(page.size() - 1).at());
    }

    assertEquals(7, seen.size());
    assertTrue(seen.get(0).isAfter(seen.get(6)));
  }

  protected void append(AuditEvent event) {
    inTransaction(
        () -> {
          auditLog().append(event);
          return null;
        });
  }

  protected static AuditEvent event(Instant at) {
    return AuditEvent.of(at, "person:someone", AuditAction.SIGN_IN_SUCCEEDED, "", "192.0.2.7");
  }
}
