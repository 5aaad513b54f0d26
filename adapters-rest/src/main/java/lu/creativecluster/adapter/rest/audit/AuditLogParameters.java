package lu.creativecluster.adapter.rest.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import lu.creativecluster.adapter.rest.problem.InvalidRequestParameterException;
import lu.creativecluster.application.port.in.audit.AuditLogQuery;
import lu.creativecluster.domain.access.Actor;

/** Reads the raw query parameters of the audit log into a query, naming a parameter it refuses. */
final class AuditLogParameters {

  static final String LIMIT = "limit";
  static final String BEFORE = "before";
  static final int DEFAULT_LIMIT = 50;
  static final String LIMIT_REASON = "must be a whole number from 1 to " + AuditLogQuery.MAX_LIMIT;
  static final String BEFORE_REASON = "must be an ISO-8601 instant such as 2026-03-01T09:00:00Z";

  /** Longer than any valid limit; keeps a huge number from overflowing the parse. */
  private static final int MAX_LIMIT_DIGITS = 4;

  private AuditLogParameters() {}

  static AuditLogQuery query(Actor actor, String limit, String before) {
    return new AuditLogQuery(actor, limit(limit), before(before));
  }

  static int limit(String raw) {
    if (raw == null || raw.isBlank()) {
      return DEFAULT_LIMIT;
    }
    String digits = raw.strip();
    if (digits.length() > MAX_LIMIT_DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidRequestParameterException(LIMIT, LIMIT_REASON);
    }
    int limit = Integer.parseInt(digits);
    if (limit < 1 || limit > AuditLogQuery.MAX_LIMIT) {
      throw new InvalidRequestParameterException(LIMIT, LIMIT_REASON);
    }
    return limit;
  }

  static Optional<Instant> before(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(raw.strip()));
    } catch (DateTimeParseException malformed) {
      throw new InvalidRequestParameterException(BEFORE, BEFORE_REASON);
    }
  }
}
