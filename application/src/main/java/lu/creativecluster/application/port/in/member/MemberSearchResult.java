package lu.creativecluster.application.port.in.member;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Read model: one page of members found, where the page sits, and per facet how many results each
 * value would leave.
 *
 * @param facets every facet is present, possibly with an empty list
 */
public record MemberSearchResult(
    List<MemberSummary> items, PageInfo page, Map<Facet, List<FacetCount>> facets) {

  public MemberSearchResult {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(facets, "facets");
    EnumMap<Facet, List<FacetCount>> copy = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      copy.put(facet, List.copyOf(facets.getOrDefault(facet, List.of())));
    }
    facets = Collections.unmodifiableMap(copy);
  }

  public List<FacetCount> facet(Facet facet) {
    return facets.get(facet);
  }
}
