package lu.creativecluster.application.port.in.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.access.Actor;

/**
 * Query: a page of the audit log, newest first.
 *
 * @param before only events strictly older than this (for the next page)
 */
public record AuditLogQuery(Actor actor, int limit, Optional<Instant> before) {

  public static final int MAX_LIMIT = 500;

  public AuditLogQuery {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(before, "before");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit is between 1 and " + MAX_LIMIT);
    }
  }
}
