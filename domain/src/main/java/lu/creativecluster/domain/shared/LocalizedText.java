package lu.creativecluster.domain.shared;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Value object: a text the cluster publishes, present in every one of its languages, so that no
 * visitor ever meets a missing translation.
 */
public record LocalizedText(Map<Language, String> values) {

  public LocalizedText {
    Objects.requireNonNull(values, "values");
    EnumMap<Language, String> copy = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String value = values.get(language);
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("text missing in language " + language.code());
      }
      copy.put(language, value.strip());
    }
    values = Collections.unmodifiableMap(copy);
  }

  public static LocalizedText of(String de, String fr, String en) {
    return new LocalizedText(Map.of(Language.DE, de, Language.FR, fr, Language.EN, en));
  }

  public String in(Language language) {
    return values.get(Objects.requireNonNull(language, "language"));
  }
}
