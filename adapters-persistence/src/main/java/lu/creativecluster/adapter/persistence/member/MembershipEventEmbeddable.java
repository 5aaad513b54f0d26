package lu.creativecluster.adapter.persistence.member;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

/**
 * Persistence adapter: one event of a member's history as a row of {@code member_event}. The
 * subject is the record the event happened to, which after a merge is not always the owner.
 */
@Embeddable
class MembershipEventEmbeddable {

  @Column(name = "subject_id", nullable = false)
  private UUID subjectId;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "actor", length = 200, nullable = false)
  private String actor;

  @Column(name = "from_status", length = 16)
  private String fromStatus;

  @Column(name = "to_status", length = 16, nullable = false)
  private String toStatus;

  @Column(name = "reason", length = 1000, nullable = false)
  private String reason;

  protected MembershipEventEmbeddable() {}

  MembershipEventEmbeddable(
      UUID subjectId,
      Instant occurredAt,
      String actor,
      String fromStatus,
      String toStatus,
      String reason) {
    this.subjectId = subjectId;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.reason = reason;
  }

  UUID subjectId() {
    return subjectId;
  }

  Instant occurredAt() {
    return occurredAt;
  }

  String actor() {
    return actor;
  }

  String fromStatus() {
    return fromStatus;
  }

  String toStatus() {
    return toStatus;
  }

  String reason() {
    return reason;
  }
}
