package lu.creativecluster.domain.member;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Value type: a country as an ISO 3166-1 alpha-2 code, upper case ({@code LU}, {@code DE}). */
public record CountryCode(String alpha2) {

  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

  public CountryCode {
    Objects.requireNonNull(alpha2, "alpha2");
    alpha2 = alpha2.strip().toUpperCase(Locale.ROOT);
    if (!ISO_COUNTRIES.contains(alpha2)) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: " + alpha2);
    }
  }

  public static CountryCode of(String alpha2) {
    return new CountryCode(alpha2);
  }

  @Override
  public String toString() {
    return alpha2;
  }
}
