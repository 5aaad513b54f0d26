package lu.creativecluster.domain.cooperation;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.LanguageTag;
import lu.creativecluster.domain.member.WebLink;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * Value object: what the cluster knows about a partner organisation abroad: name, kind, where it
 * sits, its website, the sectors it covers, whom to contact and the languages it works in.
 */
public record PartnerDetails(
    String name,
    PartnerKind kind,
    CountryCode country,
    String region,
    Optional<WebLink> website,
    Set<SectorCode> sectors,
    PartnerContact contact,
    Set<LanguageTag> languages) {

  public static final int MAX_NAME = 160;
  public static final int MAX_SECTORS = 20;
  public static final int MAX_LANGUAGES = 10;

  public PartnerDetails {
    name = CooperationTexts.singleLine(name, "partner name", 2, MAX_NAME);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(country, "country");
    region = CooperationTexts.singleLine(region, "region", 0, 120);
    Objects.requireNonNull(website, "website");
    sectors = sorted(sectors, SectorCode::value, MAX_SECTORS, "sectors");
    Objects.requireNonNull(contact, "contact");
    languages = sorted(languages, LanguageTag::value, MAX_LANGUAGES, "languages");
  }

  private static <T> Set<T> sorted(Set<T> values, Function<T, String> key, int max, String what) {
    Objects.requireNonNull(values, what);
    if (values.size() > max) {
      throw new IllegalArgumentException("a partner lists at most " + max + " " + what);
    }
    Set<T> copy = new LinkedHashSet<>();
    values.stream()
        .map(v -> Objects.requireNonNull(v, what))
        .sorted(Comparator.comparing(key))
        .forEach(copy::add);
    return java.util.Collections.unmodifiableSet(copy);
  }
}
