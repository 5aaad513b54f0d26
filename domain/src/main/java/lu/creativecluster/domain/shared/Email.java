package lu.creativecluster.domain.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Value type: an e-mail address, trimmed and lower-cased so that one person has one address
 * whatever way they type it.
 */
public record Email(String value) {

  private static final int MAX_LENGTH = 254;
  private static final Pattern SHAPE =
      Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)+");

  public Email {
    Objects.requireNonNull(value, "value");
    value = value.strip().toLowerCase(Locale.ROOT);
    if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("not an e-mail address");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
