package lu.creativecluster.adapter.webui.site;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import lu.creativecluster.domain.shared.Language;

/**
 * Web adapter: the texts of the pages for backing beans, from the same bundle the views read as
 * {@code #{msg}}, so a message set in Java reads like the page around it.
 */
public final class Texts {

  /** The base name of the pages' bundle (see faces-config.xml). */
  public static final String BUNDLE = "lu.creativecluster.adapter.webui.messages";

  private final ResourceBundle bundle;
  private final Language language;

  private Texts(ResourceBundle bundle, Language language) {
    this.bundle = bundle;
    this.language = language;
  }

  public static Texts in(Language language) {
    return new Texts(ResourceBundle.getBundle(BUNDLE, language.locale()), language);
  }

  public Language language() {
    return language;
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The text for a key; a pattern ({@code {0}}) only when arguments are given. */
  public String text(String key, Object... arguments) {
    String pattern = bundle.getString(key);
    if (arguments.length == 0) {
      return pattern;
    }
    return new MessageFormat(pattern, language.locale()).format(arguments);
  }
}
