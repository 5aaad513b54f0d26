package lu.creativecluster.domain.member;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.shared.Language;

/**
 * Value object: a text a member writes about itself, in any of the cluster's languages (at least
 * one). Unlike the cluster's own {@link lu.creativecluster.domain.shared.LocalizedText}, a member
 * need not translate: a visitor reads the language they asked for, else the first one there is.
 */
public record ProfileText(Map<Language, String> values) {

  /** The longest any profile text may be in one language; each field sets its own lower bound. */
  public static final int MAX_LENGTH = 5_000;

  public ProfileText {
    Objects.requireNonNull(values, "values");
    EnumMap<Language, String> copy = new EnumMap<>(Language.class);
    values.forEach(
        (language, text) -> {
          Objects.requireNonNull(language, "language");
          if (text != null && !text.isBlank()) {
            copy.put(language, Texts.multiLine(text, "profile text", MAX_LENGTH));
          }
        });
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("a profile text is written in at least one language");
    }
    values = Collections.unmodifiableMap(copy);
  }

  public static ProfileText in(Language language, String text) {
    return new ProfileText(Map.of(language, text));
  }

  public Optional<String> exactlyIn(Language language) {
    return Optional.ofNullable(values.get(language));
  }

  /** The text in this language, else in the first language it has (de, fr, en order). */
  public String preferably(Language language) {
    String text = values.get(language);
    return text != null ? text : values.values().iterator().next();
  }

  /** The longest of its translations, for length limits. */
  public int longest() {
    return values.values().stream().mapToInt(String::length).max().orElse(0);
  }

  /** Every translation, one after the other, for full-text search. */
  public String allLanguages() {
    return String.join("\n", values.values());
  }
}
