package lu.creativecluster.application.port.out.member;

import lu.creativecluster.application.port.in.member.MemberSearchQuery;
import lu.creativecluster.application.port.in.member.MemberSearchResult;

/**
 * Outbound port: faceted full-text search over members. Every adapter implements the same
 * semantics, which {@code AbstractMemberSearchContractTest} pins down:
 *
 * <ul>
 *   <li>{@code q} is split into words after {@link lu.creativecluster.domain.member.TextNormalizer}
 *       folding; every word must match a word of the name, pitch or description (any language), a
 *       keyword or a skill. A word matches when equal, when it is a prefix (words of 3 or more
 *       characters), or within one edit (words of 5 or more characters).
 *   <li>Relevance: a match in the name outweighs one in keywords or skills, which outweighs the
 *       pitch, which outweighs the description; exact beats prefix beats a typo.
 *   <li>Filters: OR within one facet, AND across facets; statuses restrict as given.
 *   <li>Order: {@code name} by the folded display name (accents and case ignored), then slug;
 *       {@code newest} by first approval (else application) time, latest first, then name; {@code
 *       relevance} by score, then name (and without {@code q} simply by name).
 *   <li>Paging: {@code page} × {@code size} items are skipped; the totals count every match.
 *   <li>Facet counts: for each facet, the members matching {@code q}, the statuses and every other
 *       facet's filter, per value; values selected in the query are listed even at zero. Ordered by
 *       count, then value.
 * </ul>
 */
public interface MemberSearch {

  MemberSearchResult search(MemberSearchQuery query);

  /**
   * The directory's generation: a number that changes with every committed add or save of a member,
   * so that whatever was computed from members at one generation (a rendered page, a profile) is
   * still current while this answers the same number.
   */
  long generation();
}
