package lu.creativecluster.adapter.webui.member;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lu.creativecluster.application.port.in.member.Facet;
import lu.creativecluster.application.port.in.member.FacetCount;
import lu.creativecluster.application.port.in.member.MemberSearchQuery;
import lu.creativecluster.application.port.in.member.MemberSearchResult;
import lu.creativecluster.application.port.in.member.PageInfo;

/**
 * View model: one page of the directory as the page shows it: cards, facet checkboxes with counts,
 * and the links to the neighbouring pages. Built without a container, so it is tested as it is.
 *
 * @param previousHref empty on the first page
 * @param nextHref empty on the last page
 */
public record DirectoryView(
    List<MemberCard> cards,
    List<FacetGroup> facets,
    long total,
    int pageNumber,
    long pageCount,
    String previousHref,
    String nextHref,
    String firstHref,
    String lastHref) {

  /** The facets the page offers, in this order. */
  static final List<Facet> SHOWN_FACETS =
      List.of(Facet.SECTOR, Facet.KIND, Facet.COUNTRY, Facet.LANGUAGE, Facet.MARKET);

  public DirectoryView {
    cards = List.copyOf(cards);
    facets = List.copyOf(facets);
  }

  static DirectoryView of(
      MemberSearchQuery query,
      MemberSearchResult result,
      MemberLabels labels,
      DirectoryLinks links,
      Map<String, String> kindNames) {
    PageInfo page = result.page();
    List<MemberCard> cards = result.items().stream().map(m -> MemberCard.from(m, labels)).toList();
    List<FacetGroup> groups = new ArrayList<>();
    for (Facet facet : SHOWN_FACETS) {
      groups.add(group(facet, query.selected(facet), result.facet(facet), labels, kindNames));
    }
    int number = page.number();
    long last = Math.max(0, page.totalPages() - 1);
    return new DirectoryView(
        cards,
        groups,
        page.totalItems(),
        number,
        page.totalPages(),
        page.hasPrevious() ? links.page(query, (int) Math.min(number - 1L, last)) : "",
        page.hasNext() ? links.page(query, number + 1) : "",
        number > 0 ? links.page(query, 0) : "",
        number < last ? links.page(query, (int) last) : "");
  }

  /**
   * The values the search counted, plus any ticked value it did not count (so it can be unticked),
   * ordered by what people read.
   */
  static FacetGroup group(
      Facet facet,
      Set<String> selected,
      List<FacetCount> counts,
      MemberLabels labels,
      Map<String, String> kindNames) {
    Map<String, Long> byValue = new LinkedHashMap<>();
    counts.forEach(c -> byValue.put(c.value(), c.count()));
    selected.forEach(value -> byValue.putIfAbsent(value, 0L));
    List<FacetOption> options =
        byValue.entrySet().stream()
            .map(
                e ->
                    new FacetOption(
                        "facet-" + facet.parameter() + "-" + idPart(e.getKey()),
                        e.getKey(),
                        label(facet, e.getKey(), labels, kindNames),
                        e.getValue(),
                        selected.contains(e.getKey())))
            .sorted(Comparator.comparing(FacetOption::label, String.CASE_INSENSITIVE_ORDER))
            .toList();
    return new FacetGroup(facet.parameter(), "members.facet." + facet.parameter(), options);
  }

  private static String label(
      Facet facet, String value, MemberLabels labels, Map<String, String> kindNames) {
    return switch (facet) {
      case SECTOR -> labels.sector(value);
      case COUNTRY, MARKET -> labels.country(value);
      case LANGUAGE -> labels.spokenLanguage(value);
      case KIND -> kindNames.getOrDefault(value, value);
    };
  }

  /** Element ids hold letters, digits and hyphens only. */
  private static String idPart(String value) {
    return value.replaceAll("[^A-Za-z0-9-]", "_");
  }

  public boolean isNothingFound() {
    return cards.isEmpty();
  }

  public boolean isPaged() {
    return pageCount > 1;
  }

  /** The page number as people count, from 1. */
  public int getShownPage() {
    return pageNumber + 1;
  }
}
