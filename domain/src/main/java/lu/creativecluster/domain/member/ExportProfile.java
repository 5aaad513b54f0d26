package lu.creativecluster.domain.member;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Value object: where a member sells today, where it wants to sell, and whether it wants the
 * cluster's help to get there. Markets are kept sorted, so equal profiles read alike.
 */
public record ExportProfile(
    Set<CountryCode> marketsServed, Set<CountryCode> marketsWanted, boolean wantsExportHelp) {

  public static final ExportProfile NONE = new ExportProfile(Set.of(), Set.of(), false);
  public static final int MAX_MARKETS = 60;

  public ExportProfile {
    marketsServed = sorted(marketsServed, "marketsServed");
    marketsWanted = sorted(marketsWanted, "marketsWanted");
  }

  /** Both profiles' markets, and help wanted if either wanted it (for merging two records). */
  public ExportProfile unionWith(ExportProfile other) {
    return new ExportProfile(
        union(marketsServed, other.marketsServed),
        union(marketsWanted, other.marketsWanted),
        wantsExportHelp || other.wantsExportHelp);
  }

  private static Set<CountryCode> union(Set<CountryCode> a, Set<CountryCode> b) {
    return Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
  }

  private static Set<CountryCode> sorted(Set<CountryCode> markets, String what) {
    Objects.requireNonNull(markets, what);
    if (markets.size() > MAX_MARKETS) {
      throw new IllegalArgumentException(what + " lists at most " + MAX_MARKETS + " countries");
    }
    Set<CountryCode> copy = new LinkedHashSet<>();
    markets.stream()
        .map(m -> Objects.requireNonNull(m, what))
        .sorted(Comparator.comparing(CountryCode::alpha2))
        .forEach(copy::add);
    return java.util.Collections.unmodifiableSet(copy);
  }
}
