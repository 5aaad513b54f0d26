package lu.creativecluster.adapter.rest.language;

import java.util.Optional;
import lu.creativecluster.adapter.rest.problem.InvalidRequestParameterException;
import lu.creativecluster.domain.shared.Language;

/**
 * Picks the language of an answer: an explicit {@code ?lang=} wins and must be supported; otherwise
 * the best supported language of {@code Accept-Language} by its q-values; otherwise the default.
 */
public final class LanguageNegotiation {

  public static final String PARAMETER = "lang";
  static final String SUPPORTED = "must be one of: de, fr, en";

  private LanguageNegotiation() {}

  public static Language choose(String langParameter, String acceptLanguageHeader) {
    if (langParameter != null) {
      return Language.fromTag(langParameter)
          .filter(l -> l.code().equalsIgnoreCase(langParameter.strip()))
          .orElseThrow(() -> new InvalidRequestParameterException(PARAMETER, SUPPORTED));
    }
    return fromAcceptLanguage(acceptLanguageHeader).orElse(Language.DEFAULT);
  }

  static Optional<Language> fromAcceptLanguage(String header) {
    return Language.bestOf(header);
  }
}
