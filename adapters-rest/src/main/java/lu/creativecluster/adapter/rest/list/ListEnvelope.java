package lu.creativecluster.adapter.rest.list;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * REST DTO: the one envelope of every list answer of the API: the items of this page, where the
 * page sits, and (for searches) how many results each further filter value would leave. A class
 * rather than a record so that each list can document its item type with a typed subclass (OpenAPI
 * annotations cannot name a parameterised type); the subclasses are never instantiated.
 *
 * @param <T> the item DTO
 */
@JsonbPropertyOrder({"items", "page", "facets"})
public class ListEnvelope<T> {

  private final List<T> items;
  private final PageDto page;
  private final Map<String, List<FacetValueDto>> facets;

  protected ListEnvelope(List<T> items, PageDto page, Map<String, List<FacetValueDto>> facets) {
    this.items = List.copyOf(Objects.requireNonNull(items, "items"));
    this.page = Objects.requireNonNull(page, "page");
    this.facets = facets == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }

  /** A list without facets (the field is left out of the JSON). */
  public static <T> ListEnvelope<T> of(List<T> items, PageDto page) {
    return new ListEnvelope<>(items, page, null);
  }

  /** A search answer: facets in the order given, each with its values in the order given. */
  public static <T> ListEnvelope<T> of(
      List<T> items, PageDto page, Map<String, List<FacetValueDto>> facets) {
    return new ListEnvelope<>(items, page, Objects.requireNonNull(facets, "facets"));
  }

  @Schema(required = true, description = "The items of this page, in the list's order")
  public List<T> getItems() {
    return items;
  }

  @Schema(required = true)
  public PageDto getPage() {
    return page;
  }

  @Schema(
      description =
          "Per facet (named as its filter parameter), how many results each value would leave"
              + " with the other filters applied; absent for lists without facets")
  public Map<String, List<FacetValueDto>> getFacets() {
    return facets;
  }
}
