package lu.creativecluster.domain.member;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Value type: the unique part of a member's profile URL, such as {@code atelier-nord}. It is
 * derived once from the display name and then kept, so shared links keep working when the name
 * changes.
 */
public record Slug(String value) {

  public static final int MIN_LENGTH = 3;
  public static final int MAX_LENGTH = 80;
  private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
  private static final String FALLBACK_PREFIX = "member";

  public Slug {
    Objects.requireNonNull(value, "value");
    if (value.length() < MIN_LENGTH
        || value.length() > MAX_LENGTH
        || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a slug has "
              + MIN_LENGTH
              + " to "
              + MAX_LENGTH
              + " characters a-z, 0-9 and single hyphens between them");
    }
  }

  /**
   * The slug a display name suggests: accents folded, lower case, every other run of characters a
   * single hyphen. Names too short for a slug (or with no letter at all) get a {@code member-}
   * prefix, so every name yields one.
   */
  public static Slug derivedFrom(String displayName) {
    String base = SEPARATORS.matcher(TextNormalizer.fold(displayName)).replaceAll("-");
    base = trimHyphens(base);
    if (base.length() < MIN_LENGTH) {
      base = base.isEmpty() ? FALLBACK_PREFIX : FALLBACK_PREFIX + "-" + base;
    }
    return new Slug(cut(base, MAX_LENGTH));
  }

  /** This slug with {@code -n} appended (shortened first if need be), for the n-th namesake. */
  public Slug withSuffix(int n) {
    if (n < 2) {
      throw new IllegalArgumentException("suffixes start at 2");
    }
    String suffix = "-" + n;
    return new Slug(cut(value, MAX_LENGTH - suffix.length()) + suffix);
  }

  /** This slug with a short lower-case alphanumeric suffix, for when numbering runs out. */
  public Slug withSuffix(String suffix) {
    if (suffix == null || !suffix.matches("[a-z0-9]{1,20}")) {
      throw new IllegalArgumentException("a slug suffix is 1 to 20 characters a-z and 0-9");
    }
    return new Slug(cut(value, MAX_LENGTH - suffix.length() - 1) + "-" + suffix);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : trimHyphens(text.substring(0, max));
  }

  private static String trimHyphens(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == '-') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == '-') {
      end--;
    }
    return text.substring(start, end);
  }

  @Override
  public String toString() {
    return value;
  }
}
