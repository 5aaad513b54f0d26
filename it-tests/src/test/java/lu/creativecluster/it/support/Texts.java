package lu.creativecluster.it.support;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Test infrastructure: which text of the web UI's resource bundle a page shows, so a test can prove
 * a message is the translated one for the page's language (and tell two messages apart) without
 * copying the texts.
 */
public final class Texts {

  private static final String BUNDLE = "lu.creativecluster.adapter.webui.messages";

  /** A MessageFormat argument, including one level of nesting as in choice formats. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(?:[^{}]|\\{[^{}]*})*}");

  private static final int SHORTEST_USEFUL_TEXT = 6;

  private Texts() {}

  /**
   * The key of the bundle text for {@code lang} that the shown text is (placeholders match
   * anything), or else the key of the longest bundle text it contains.
   */
  public static Optional<String> keyOf(String lang, String shown) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(lang));
    String text = normalized(shown);
    Optional<String> whole =
        bundle.keySet().stream()
            .filter(key -> isUseful(bundle.getString(key)))
            .filter(key -> pattern(bundle.getString(key)).matcher(text).matches())
            .findFirst();
    if (whole.isPresent()) {
      return whole;
    }
    return bundle.keySet().stream()
        .filter(key -> isUseful(bundle.getString(key)))
        .filter(key -> pattern(bundle.getString(key)).matcher(text).find())
        .max(Comparator.comparingInt(key -> bundle.getString(key).length()));
  }

  /** A text that is mostly placeholders would match anything. */
  private static boolean isUseful(String bundleText) {
    String literal = PLACEHOLDER.matcher(normalized(bundleText)).replaceAll("");
    return literal.strip().length() >= SHORTEST_USEFUL_TEXT;
  }

  /** Asserts the text is one of the bundle's texts in that language; returns its key. */
  public static String assertTranslated(String lang, String shown) {
    return keyOf(lang, shown)
        .orElseThrow(
            () ->
                new AssertionError(
                    "'" + shown + "' is no text of the " + lang + " bundle (" + BUNDLE + ")"));
  }

  private static Pattern pattern(String bundleText) {
    String[] parts = PLACEHOLDER.split(normalized(bundleText), -1);
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        regex.append(".*?");
      }
      regex.append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  /** MessageFormat's doubled quotes and the page's line breaks do not count. */
  private static String normalized(String text) {
    return text.replace("''", "'").replaceAll("\\s+", " ").strip();
  }
}
