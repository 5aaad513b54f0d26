package lu.creativecluster.domain.sector;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Value type: the stable identifier of a sector, a lower-case slug such as {@code architecture} or
 * {@code film-audiovisual}. It appears in URLs and partner integrations, so it never changes once
 * published.
 */
public record SectorCode(String value) {

  private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final int MAX_LENGTH = 40;

  public SectorCode {
    Objects.requireNonNull(value, "value");
    if (value.length() > MAX_LENGTH || !SLUG.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a sector code is a lower-case slug of at most " + MAX_LENGTH + " characters");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
