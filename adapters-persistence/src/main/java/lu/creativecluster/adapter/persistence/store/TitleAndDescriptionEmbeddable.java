package lu.creativecluster.adapter.persistence.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import lu.creativecluster.domain.shared.Language;
import lu.creativecluster.domain.shared.LocalizedText;

/**
 * Persistence adapter: a title and a description in de, fr and en as six columns of the owner's
 * table ({@code title_de} … {@code description_en}), shared by the entities that have them.
 */
@Embeddable
public class TitleAndDescriptionEmbeddable {

  @Column(name = "title_de", length = 200, nullable = false)
  String titleDe;

  @Column(name = "title_fr", length = 200, nullable = false)
  String titleFr;

  @Column(name = "title_en", length = 200, nullable = false)
  String titleEn;

  @Column(name = "description_de", length = 5000, nullable = false)
  String descriptionDe;

  @Column(name = "description_fr", length = 5000, nullable = false)
  String descriptionFr;

  @Column(name = "description_en", length = 5000, nullable = false)
  String descriptionEn;

  public TitleAndDescriptionEmbeddable() {}

  /** Writes both texts in every language into the columns. */
  public void copy(LocalizedText title, LocalizedText description) {
    titleDe = title.in(Language.DE);
    titleFr = title.in(Language.FR);
    titleEn = title.in(Language.EN);
    descriptionDe = description.in(Language.DE);
    descriptionFr = description.in(Language.FR);
    descriptionEn = description.in(Language.EN);
  }

  public LocalizedText title() {
    return LocalizedText.of(titleDe, titleFr, titleEn);
  }

  public LocalizedText description() {
    return LocalizedText.of(descriptionDe, descriptionFr, descriptionEn);
  }
}
