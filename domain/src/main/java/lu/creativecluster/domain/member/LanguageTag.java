package lu.creativecluster.domain.member;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;

/**
 * Value type: a language a member speaks, as a well-formed BCP 47 tag in its canonical form ({@code
 * lb}, {@code de-LU}, {@code pt-BR}).
 */
public record LanguageTag(String value) {

  private static final int MAX_LENGTH = 35;

  public LanguageTag {
    Objects.requireNonNull(value, "value");
    String stripped = value.strip();
    if (stripped.isEmpty() || stripped.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("not a BCP 47 language tag: " + value);
    }
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(stripped).build();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException("not a BCP 47 language tag: " + value, e);
    }
    String canonical = locale.toLanguageTag();
    // The round trip must keep what was given (up to case): a tag Java cannot represent is refused.
    if (locale.getLanguage().isEmpty() || !canonical.equalsIgnoreCase(stripped)) {
      throw new IllegalArgumentException("not a BCP 47 language tag: " + value);
    }
    value = canonical;
  }

  public static LanguageTag of(String value) {
    return new LanguageTag(value);
  }

  /** The primary language subtag ({@code de} for {@code de-LU}). */
  public String language() {
    return Locale.forLanguageTag(value).getLanguage();
  }

  @Override
  public String toString() {
    return value;
  }
}
