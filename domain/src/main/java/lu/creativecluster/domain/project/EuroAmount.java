package lu.creativecluster.domain.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Value type: an amount of euros, exact to the cent. Reported volumes are summed and shown to the
 * ministry, so a binary float (which cannot hold 0.10) never comes near them; an amount with more
 * than two decimals is refused instead of being rounded silently.
 */
public record EuroAmount(BigDecimal value) implements Comparable<EuroAmount> {

  public static final int SCALE = 2;

  /** The largest volume accepted: 12 digits before the point, as the storage column holds. */
  public static final BigDecimal MAX = new BigDecimal("999999999999.99");

  public static final EuroAmount ZERO = new EuroAmount(BigDecimal.ZERO);

  public EuroAmount {
    Objects.requireNonNull(value, "value");
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() > SCALE) {
      throw new IllegalArgumentException("an amount in euros has at most two decimals");
    }
    if (value.signum() < 0) {
      throw new IllegalArgumentException("an amount in euros is not negative");
    }
    value = value.setScale(SCALE, RoundingMode.UNNECESSARY);
    if (value.compareTo(MAX) > 0) {
      throw new IllegalArgumentException("an amount in euros is at most " + MAX.toPlainString());
    }
  }

  /**
   * Reads a typed amount such as {@code 12500}, {@code 12500.5} or {@code 12500.50}; no grouping
   * separators, no exponent.
   *
   * @throws IllegalArgumentException if the text is not such an amount
   */
  public static EuroAmount parse(String text) {
    Objects.requireNonNull(text, "text");
    String stripped = text.strip();
    if (!stripped.matches("\\d{1,12}(\\.\\d{1,2})?")) {
      throw new IllegalArgumentException("not an amount in euros with at most two decimals");
    }
    return new EuroAmount(new BigDecimal(stripped));
  }

  public EuroAmount plus(EuroAmount other) {
    return new EuroAmount(value.add(other.value));
  }

  @Override
  public int compareTo(EuroAmount other) {
    return value.compareTo(other.value);
  }

  /** Plain digits with two decimals, e.g. {@code 12500.00}. */
  @Override
  public String toString() {
    return value.toPlainString();
  }
}
