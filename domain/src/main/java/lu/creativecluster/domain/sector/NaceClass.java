package lu.creativecluster.domain.sector;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Value type: a class of the NACE Rev. 2 statistical classification, written {@code NN.NN} (for
 * example {@code 71.11}, architectural activities). Sectors list the classes their members usually
 * register under.
 */
public record NaceClass(String code) implements Comparable<NaceClass> {

  private static final Pattern FORMAT = Pattern.compile("\\d{2}\\.\\d{2}");

  public NaceClass {
    Objects.requireNonNull(code, "code");
    if (!FORMAT.matcher(code).matches()) {
      throw new IllegalArgumentException("a NACE Rev. 2 class is written NN.NN, not " + code);
    }
  }

  /** The NACE division, the first two digits, which tells the broad economic activity. */
  public String division() {
    return code.substring(0, 2);
  }

  @Override
  public int compareTo(NaceClass other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
