package lu.creativecluster.adapter.persistence.sector;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Persistence adapter: a sector's name and description in one language, a row of {@code
 * sector_translation}.
 */
@Embeddable
class SectorTranslationEmbeddable {

  // The column is char(2); JPA alone would bind and validate it as varchar.
  @Column(name = "lang", length = 2, nullable = false)
  @JdbcTypeCode(SqlTypes.CHAR)
  private String lang;

  @Column(name = "name", length = 120, nullable = false)
  private String name;

  @Column(name = "description", length = 500, nullable = false)
  private String description;

  protected SectorTranslationEmbeddable() {}

  String lang() {
    return lang;
  }

  String name() {
    return name;
  }

  String description() {
    return description;
  }

  // Value semantics, as the set of a sector's translations needs.
  @Override
  public boolean equals(Object other) {
    return other instanceof SectorTranslationEmbeddable that
        && Objects.equals(lang, that.lang)
        && Objects.equals(name, that.name)
        && Objects.equals(description, that.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lang, name, description);
  }
}
