package lu.creativecluster.domain.cooperation;

import java.util.Objects;

/** Checks shared by the cooperation and mission value objects on the texts people type. */
public final class CooperationTexts {

  private CooperationTexts() {}

  /** Stripped, within the bounds, with no control characters (no line breaks either). */
  public static String singleLine(String text, String what, int min, int max) {
    Objects.requireNonNull(text, what);
    String stripped = text.strip();
    if (stripped.length() < min || stripped.length() > max) {
      throw new IllegalArgumentException(
          "a " + what + " has " + min + " to " + max + " characters");
    }
    if (stripped.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("a " + what + " has no control characters");
    }
    return stripped;
  }

  /** Stripped, at most {@code max} characters; line breaks and tabs allowed, other controls not. */
  public static String multiLine(String text, String what, int max) {
    Objects.requireNonNull(text, what);
    String stripped = text.strip();
    if (stripped.length() > max) {
      throw new IllegalArgumentException("a " + what + " has at most " + max + " characters");
    }
    boolean badControl =
        stripped
            .chars()
            .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    if (badControl) {
      throw new IllegalArgumentException("a " + what + " has no control characters");
    }
    return stripped;
  }
}
