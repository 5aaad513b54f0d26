package lu.creativecluster.domain.mission;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import lu.creativecluster.domain.shared.Language;

/**
 * Value object: a mission's title and description in the cluster's languages, at least one of them
 * (a mission is often announced in one language first).
 */
public record MissionTexts(Map<Language, MissionText> values) {

  public MissionTexts {
    Objects.requireNonNull(values, "values");
    EnumMap<Language, MissionText> copy = new EnumMap<>(Language.class);
    values.forEach(
        (language, text) ->
            copy.put(Objects.requireNonNull(language), Objects.requireNonNull(text, "text")));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("a mission has a title in at least one language");
    }
    values = Collections.unmodifiableMap(copy);
  }

  public static MissionTexts of(Language language, String title, String description) {
    return new MissionTexts(Map.of(language, new MissionText(title, description)));
  }

  /** The text in the language asked for, else in English, German, French: the first there is. */
  public MissionText in(Language language) {
    MissionText wanted = values.get(Objects.requireNonNull(language, "language"));
    if (wanted != null) {
      return wanted;
    }
    for (Language fallback : new Language[] {Language.EN, Language.DE, Language.FR}) {
      if (values.containsKey(fallback)) {
        return values.get(fallback);
      }
    }
    throw new IllegalStateException("unreachable: a mission has at least one text");
  }
}
