package lu.creativecluster.adapter.webui.site;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lu.creativecluster.domain.shared.Language;

/**
 * Web adapter: picks the visitor's language from the {@code Accept-Language} header, the best
 * supported one by its q-values, or the default when none is supported.
 */
public final class AcceptLanguage {

  public static final String HEADER = "Accept-Language";

  private AcceptLanguage() {}

  public static Language preferred(String header) {
    return bestSupported(header).orElse(Language.DEFAULT);
  }

  /** A malformed header counts as a missing one, as browsers and caches expect. */
  static Optional<Language> bestSupported(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(header);
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
    return ranges.stream()
        .filter(range -> range.getWeight() > 0)
        .map(range -> Language.fromTag(range.getRange()))
        .flatMap(Optional::stream)
        .findFirst();
  }
}
