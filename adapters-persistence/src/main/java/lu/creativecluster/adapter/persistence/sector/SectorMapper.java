package lu.creativecluster.adapter.persistence.sector;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lu.creativecluster.domain.sector.NaceClass;
import lu.creativecluster.domain.sector.Sector;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Language;
import lu.creativecluster.domain.shared.LocalizedText;

/** Persistence adapter: turns a stored sector into the domain's {@link Sector}. */
final class SectorMapper {

  private SectorMapper() {}

  static Sector toDomain(SectorJpaEntity entity) {
    Map<Language, String> names = new EnumMap<>(Language.class);
    Map<Language, String> descriptions = new EnumMap<>(Language.class);
    for (SectorTranslationEmbeddable translation : entity.translations()) {
      Language language = languageOf(translation, entity);
      names.put(language, translation.name());
      descriptions.put(language, translation.description());
    }
    // Sorted so that every database, whatever order it returns rows in, yields the same sector.
    List<NaceClass> naceClasses =
        entity.naceClasses().stream().sorted().map(NaceClass::new).toList();
    return new Sector(
        new SectorCode(entity.code()),
        entity.position(),
        new LocalizedText(names),
        new LocalizedText(descriptions),
        naceClasses);
  }

  private static Language languageOf(
      SectorTranslationEmbeddable translation, SectorJpaEntity entity) {
    return Language.fromTag(translation.lang().strip())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "sector "
                        + entity.code()
                        + " has a translation in an unsupported language: "
                        + translation.lang()));
  }
}
