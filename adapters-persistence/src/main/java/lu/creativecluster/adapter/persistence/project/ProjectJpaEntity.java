package lu.creativecluster.adapter.persistence.project;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import lu.creativecluster.adapter.persistence.store.TitleAndDescriptionEmbeddable;
import org.hibernate.annotations.BatchSize;

/**
 * Persistence adapter: a project as stored in {@code project} and {@code project_member}; the
 * schema is Liquibase's, this class only maps it, and only {@link ProjectMapper} writes its fields.
 */
@Entity
@Table(name = "project")
class ProjectJpaEntity {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  UUID id;

  @Embedded TitleAndDescriptionEmbeddable texts = new TitleAndDescriptionEmbeddable();

  @Column(name = "kind", length = 32, nullable = false)
  String kind;

  @Column(name = "partner_name", length = 200, nullable = false)
  String partnerName;

  @Column(name = "partner_industry", length = 120, nullable = false)
  String partnerIndustry;

  @Column(name = "partner_size", length = 8, nullable = false)
  String partnerSize;

  @Column(name = "status", length = 16, nullable = false)
  String status;

  @Column(name = "start_date", nullable = false)
  LocalDate startDate;

  @Column(name = "end_date")
  LocalDate endDate;

  @Column(name = "volume_eur", precision = 14, scale = 2, nullable = false)
  BigDecimal volumeEur;

  @Column(name = "cluster_role", length = 16, nullable = false)
  String clusterRole;

  @Column(name = "visibility", length = 16, nullable = false)
  String visibility;

  @Column(name = "created_at", nullable = false, updatable = false)
  Instant createdAt;

  @Column(name = "status_changed_at", nullable = false)
  Instant statusChangedAt;

  @Version
  @Column(name = "version", nullable = false)
  long version;

  @ElementCollection
  @BatchSize(size = 64)
  @CollectionTable(name = "project_member", joinColumns = @JoinColumn(name = "project_id"))
  @Column(name = "member_id", nullable = false)
  Set<UUID> members = new HashSet<>();
}
