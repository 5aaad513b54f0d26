package lu.creativecluster.adapter.persistence.event;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lu.creativecluster.adapter.persistence.store.TitleAndDescriptionEmbeddable;
import org.hibernate.annotations.BatchSize;

/**
 * Persistence adapter: an event as stored in {@code event}, with its registrations; the schema is
 * Liquibase's, this class only maps it. The version is kept by {@link JpaEvents} under the row lock
 * rather than by {@code @Version}, because a registration's change must raise it too.
 */
@Entity
@Table(name = "event")
class EventJpaEntity {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  UUID id;

  @Embedded TitleAndDescriptionEmbeddable texts = new TitleAndDescriptionEmbeddable();

  @Column(name = "kind", length = 16, nullable = false)
  String kind;

  @Column(name = "start_local", nullable = false)
  LocalDateTime startLocal;

  @Column(name = "end_local", nullable = false)
  LocalDateTime endLocal;

  @Column(name = "start_at", nullable = false)
  Instant startAt;

  @Column(name = "end_at", nullable = false)
  Instant endAt;

  @Column(name = "venue", length = 300)
  String venue;

  @Column(name = "online_link", length = 2000)
  String onlineLink;

  @Column(name = "capacity", nullable = false)
  int capacity;

  @Column(name = "audience", length = 16, nullable = false)
  String audience;

  @Column(name = "registration_deadline", nullable = false)
  LocalDateTime registrationDeadline;

  @Column(name = "created_at", nullable = false, updatable = false)
  Instant createdAt;

  @Column(name = "version", nullable = false)
  long version;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "event_id", nullable = false, updatable = false)
  @BatchSize(size = 32)
  List<RegistrationJpaEntity> registrations = new ArrayList<>();
}
