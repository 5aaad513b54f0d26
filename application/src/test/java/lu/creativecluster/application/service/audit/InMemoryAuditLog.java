package lu.creativecluster.application.service.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.domain.audit.AuditEvent;

/** Test fake of the {@link AuditLog} port: an append-only list. */
public final class InMemoryAuditLog implements AuditLog {

  private final List<AuditEvent> events = new ArrayList<>();

  @Override
  public void append(AuditEvent event) {
    events.add(event);
  }

  @Override
  public List<AuditEvent> latest(int limit, Optional<Instant> before) {
    List<AuditEvent> newestFirst = new ArrayList<>(events);
    newestFirst.sort(Comparator.comparing(AuditEvent::at).reversed());
    return newestFirst.stream()
        .filter(e -> before.map(b -> e.at().isBefore(b)).orElse(true))
        .limit(limit)
        .toList();
  }

  /** In the order they were appended. */
  public List<AuditEvent> events() {
    return List.copyOf(events);
  }

  public List<AuditEvent> withAction(String action) {
    return events.stream().filter(e -> e.action().equals(action)).toList();
  }

  public AuditEvent last() {
    if (events.isEmpty()) {
      throw new AssertionError("the audit log is empty");
    }
    return events.get(events.size() - 1);
  }
}
