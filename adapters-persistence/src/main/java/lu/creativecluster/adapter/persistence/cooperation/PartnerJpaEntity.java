package lu.creativecluster.adapter.persistence.cooperation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * Persistence adapter: a partner organisation as stored in {@code partner_organisation} and its
 * child tables; only {@link PartnerMapper} writes the fields. The version is kept by the adapter
 * (checked under a row lock, raised on every save), not by JPA.
 */
@Entity
@Table(name = "partner_organisation")
class PartnerJpaEntity {

  private static final int BATCH = 64;

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  UUID id;

  @Column(name = "name", length = 160, nullable = false)
  String name;

  @Column(name = "kind", length = 16, nullable = false)
  String kind;

  @Column(name = "country", length = 2, nullable = false)
  String country;

  @Column(name = "region", length = 120, nullable = false)
  String region;

  @Column(name = "website", length = 500)
  String website;

  @Column(name = "contact_name", length = 120, nullable = false)
  String contactName;

  @Column(name = "contact_email", length = 254)
  String contactEmail;

  @Column(name = "contact_phone", length = 40, nullable = false)
  String contactPhone;

  /** Added by changeset 013; false for every partner stored before. */
  @Column(name = "archived", nullable = false)
  boolean archived;

  @Column(name = "version", nullable = false)
  long version;

  @ElementCollection
  @BatchSize(size = BATCH)
  @CollectionTable(name = "partner_sector", joinColumns = @JoinColumn(name = "partner_id"))
  @Column(name = "sector_code", length = 40, nullable = false)
  Set<String> sectors = new HashSet<>();

  @ElementCollection
  @BatchSize(size = BATCH)
  @CollectionTable(name = "partner_language", joinColumns = @JoinColumn(name = "partner_id"))
  @Column(name = "language_tag", length = 35, nullable = false)
  Set<String> languages = new HashSet<>();

  @ElementCollection
  @BatchSize(size = BATCH)
  @CollectionTable(name = "partner_cooperation", joinColumns = @JoinColumn(name = "partner_id"))
  List<CooperationEmbeddable> cooperations = new ArrayList<>();

  protected PartnerJpaEntity() {}

  PartnerJpaEntity(UUID id) {
    this.id = id;
  }
}
