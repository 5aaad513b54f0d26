package lu.creativecluster.domain.member;

import java.util.Objects;

/** Value object: where a member works: a commune (may be empty) in a country. */
public record Location(String commune, CountryCode country) {

  public static final int MAX_COMMUNE_LENGTH = 100;

  public Location {
    commune = Texts.singleLine(commune == null ? "" : commune, "commune", 0, MAX_COMMUNE_LENGTH);
    Objects.requireNonNull(country, "country");
  }

  public static Location of(String commune, String country) {
    return new Location(commune, CountryCode.of(country));
  }

  /** Only the country, as kept for aggregate figures after erasure. */
  public Location countryOnly() {
    return new Location("", country);
  }
}
