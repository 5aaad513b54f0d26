package lu.creativecluster.adapter.persistence.mission;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

/** Persistence adapter: one row of {@code mission_application}. */
@Embeddable
class ApplicationEmbeddable {

  @Column(name = "member_id", nullable = false)
  UUID memberId;

  @Column(name = "motivation", length = 2000, nullable = false)
  String motivation;

  @Column(name = "language", length = 2, nullable = false)
  String language;

  @Column(name = "applied_at", nullable = false)
  Instant appliedAt;

  @Column(name = "status", length = 16, nullable = false)
  String status;

  @Column(name = "decided_at")
  Instant decidedAt;

  @Column(name = "listed_publicly", nullable = false)
  boolean listedPublicly;

  /** The outcome's three columns are all null or all set. */
  @Column(name = "contacts_made")
  Integer contactsMade;

  @Column(name = "leads")
  Integer leads;

  @Column(name = "follow_up", length = 2000)
  String followUp;

  protected ApplicationEmbeddable() {}
}
