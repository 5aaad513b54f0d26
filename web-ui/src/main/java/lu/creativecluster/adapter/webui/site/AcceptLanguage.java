package lu.creativecluster.adapter.webui.site;

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

  static Optional<Language> bestSupported(String header) {
    return Language.bestOf(header);
  }
}
