package lu.creativecluster.adapter.persistence.mission;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * Persistence adapter: a mission as stored in {@code mission} and its child tables; only {@link
 * MissionMapper} writes the fields. The version is kept by the adapter (checked under a row lock,
 * raised on every save), not by JPA.
 */
@Entity
@Table(name = "mission")
class MissionJpaEntity {

  private static final int BATCH = 64;

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  UUID id;

  @Column(name = "kind", length = 24, nullable = false)
  String kind;

  @Column(name = "destination_country", length = 2, nullable = false)
  String destinationCountry;

  @Column(name = "destination_city", length = 120, nullable = false)
  String destinationCity;

  @Column(name = "start_date", nullable = false)
  LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  LocalDate endDate;

  @Column(name = "application_deadline", nullable = false)
  LocalDate applicationDeadline;

  @Column(name = "organiser_kind", length = 16, nullable = false)
  String organiserKind;

  @Column(name = "organiser_name", length = 160, nullable = false)
  String organiserName;

  @Column(name = "organiser_partner_id")
  UUID organiserPartnerId;

  @Column(name = "capacity", nullable = false)
  int capacity;

  @Column(name = "status", length = 16, nullable = false)
  String status;

  @Column(name = "version", nullable = false)
  long version;

  @ElementCollection
  @BatchSize(size = BATCH)
  @CollectionTable(name = "mission_text", joinColumns = @JoinColumn(name = "mission_id"))
  @MapKeyColumn(name = "language", length = 2)
  Map<String, MissionTextEmbeddable> texts = new HashMap<>();

  @ElementCollection
  @BatchSize(size = BATCH)
  @CollectionTable(name = "mission_sector", joinColumns = @JoinColumn(name = "mission_id"))
  @Column(name = "sector_code", length = 40, nullable = false)
  Set<String> sectors = new HashSet<>();

  @ElementCollection
  @BatchSize(size = BATCH)
  @CollectionTable(name = "mission_application", joinColumns = @JoinColumn(name = "mission_id"))
  List<ApplicationEmbeddable> applications = new ArrayList<>();

  protected MissionJpaEntity() {}

  MissionJpaEntity(UUID id) {
    this.id = id;
  }
}
