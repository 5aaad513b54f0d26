package lu.creativecluster.domain.member;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Value type: a phone number as people write it ({@code +352 26 12 34 56}), with 6 to 15 digits and
 * only spaces, dots, hyphens, slashes and brackets between them.
 */
public record PhoneNumber(String value) {

  private static final Pattern SHAPE = Pattern.compile("\\+?[0-9 ./()\\-]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  public PhoneNumber {
    Objects.requireNonNull(value, "value");
    value = SPACES.matcher(value.strip()).replaceAll(" ");
    long digits = value.chars().filter(Character::isDigit).count();
    if (!SHAPE.matcher(value).matches() || digits < 6 || digits > 15) {
      throw new IllegalArgumentException("not a phone number");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
