package lu.creativecluster.domain.shared;

import java.util.Objects;

/** Checks on the short one-line texts people type (names, venues), shared by several concepts. */
public final class ShortTexts {

  private ShortTexts() {}

  /** Stripped, 1 to {@code max} characters, with no control characters (no line breaks either). */
  public static String singleLine(String text, String what, int max) {
    Objects.requireNonNull(text, what);
    String stripped = text.strip();
    if (stripped.isEmpty() || stripped.length() > max) {
      throw new IllegalArgumentException("a " + what + " has 1 to " + max + " characters");
    }
    if (stripped.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("a " + what + " has no control characters");
    }
    return stripped;
  }
}
