package lu.creativecluster.adapter.persistence.sector;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Persistence adapter: a sector as stored in the {@code sector} table, with its translations and
 * NACE classes; the schema is Liquibase's, this class only maps it.
 */
@Entity
@Table(name = "sector")
class SectorJpaEntity {

  @Id
  @Column(name = "code", length = 40)
  private String code;

  @Column(name = "position", nullable = false, unique = true)
  private int position;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  // Sets, not lists: a query may then fetch both collections at once, so reading every sector
  // takes one statement instead of one per sector.
  @ElementCollection
  @CollectionTable(name = "sector_translation", joinColumns = @JoinColumn(name = "sector_code"))
  private Set<SectorTranslationEmbeddable> translations = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "sector_nace_class", joinColumns = @JoinColumn(name = "sector_code"))
  @Column(name = "nace_class", length = 5, nullable = false)
  private Set<String> naceClasses = new HashSet<>();

  protected SectorJpaEntity() {}

  String code() {
    return code;
  }

  int position() {
    return position;
  }

  Set<SectorTranslationEmbeddable> translations() {
    return Collections.unmodifiableSet(translations);
  }

  Set<String> naceClasses() {
    return Collections.unmodifiableSet(naceClasses);
  }
}
