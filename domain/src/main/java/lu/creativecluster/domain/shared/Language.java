package lu.creativecluster.domain.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Value type: one of the three languages the cluster publishes in (German, French, English). */
public enum Language {
  DE("de"),
  FR("fr"),
  EN("en");

  /** The language used when a visitor expresses no supported preference. */
  public static final Language DEFAULT = EN;

  private static final Language[] VALUES = values();

  private final String code;
  private final Locale locale;

  Language(String code) {
    this.code = code;
    this.locale = Locale.forLanguageTag(code);
  }

  /** The ISO 639-1 code, as used in URLs and {@code lang} attributes. */
  public String code() {
    return code;
  }

  public Locale locale() {
    return locale;
  }

  /** Reads a language tag such as {@code de}, {@code FR} or {@code en-GB}; empty if unsupported. */
  public static Optional<Language> fromTag(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    // Read on every request (path, ?lang=, Accept-Language): no regular expression, no stream.
    String trimmed = tag.trim();
    int end = 0;
    while (end < trimmed.length() && trimmed.charAt(end) != '-' && trimmed.charAt(end) != '_') {
      end++;
    }
    for (Language language : VALUES) {
      if (end == language.code.length() && trimmed.regionMatches(true, 0, language.code, 0, end)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /**
   * The best supported language of an HTTP {@code Accept-Language} value by its q-values; empty
   * when none is supported. A malformed value counts as a missing one, as browsers and caches
   * expect.
   */
  public static Optional<Language> bestOf(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Optional.empty();
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(acceptLanguage);
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
    return ranges.stream()
        .filter(range -> range.getWeight() > 0)
        .map(range -> fromTag(range.getRange()))
        .flatMap(Optional::stream)
        .findFirst();
  }
}
