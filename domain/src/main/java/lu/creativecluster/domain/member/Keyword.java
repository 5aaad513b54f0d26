package lu.creativecluster.domain.member;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Value type: a free tag a member chooses ("motion design"), normalised so that one tag is one
 * value however it was typed: trimmed, lower case, inner white space collapsed. Accents stay, as
 * the member wrote them; search folds them.
 */
public record Keyword(String value) {

  public static final int MIN_LENGTH = 2;
  public static final int MAX_LENGTH = 40;
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  public Keyword {
    Objects.requireNonNull(value, "value");
    value = WHITE_SPACE.matcher(value.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a keyword has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("a keyword has no control characters");
    }
  }

  public static Keyword of(String value) {
    return new Keyword(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
