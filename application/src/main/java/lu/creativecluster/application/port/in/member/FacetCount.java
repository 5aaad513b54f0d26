package lu.creativecluster.application.port.in.member;

import java.util.Objects;

/**
 * Value object: how many results a facet value would leave.
 *
 * @param value as in the filter parameter ({@code design}, {@code LU}, {@code de}, {@code company})
 */
public record FacetCount(String value, long count) {

  public FacetCount {
    Objects.requireNonNull(value, "value");
    if (count < 0) {
      throw new IllegalArgumentException("a count is never negative");
    }
  }
}
