package lu.creativecluster.adapter.persistence.sector;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Persistence adapter: a sector's name and description in one language, a row of {@code sector_translation}. */
@Embeddable
class SectorTranslationEmbeddable {

  @Column(name = "lang", length = 2, nullable = false, columnDefinition = "char(2)")
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
