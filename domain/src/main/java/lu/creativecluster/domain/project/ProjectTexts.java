package lu.creativecluster.domain.project;

import java.util.Objects;

/** Checks on the short texts of projects and events that people type. */
public final class ProjectTexts {

  private ProjectTexts() {}

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
