package lu.creativecluster.adapter.persistence.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Persistence adapter: one registration as stored in {@code event_registration}; written only
 * through its event ({@link EventJpaEntity}) by {@link EventMapper}.
 */
@Entity
@Table(name = "event_registration")
class RegistrationJpaEntity {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  UUID id;

  @Column(name = "name", length = 200, nullable = false)
  String name;

  @Column(name = "email", length = 254, nullable = false)
  String email;

  @Column(name = "account_id")
  UUID accountId;

  @Column(name = "language", length = 2, nullable = false)
  String language;

  @Column(name = "status", length = 16, nullable = false)
  String status;

  @Column(name = "sequence_no", nullable = false)
  long sequence;

  @Column(name = "registered_at", nullable = false)
  Instant registeredAt;

  @Column(name = "status_changed_at", nullable = false)
  Instant statusChangedAt;

  @Column(name = "cancellation_hash", length = 64, nullable = false)
  String cancellationHash;
}
