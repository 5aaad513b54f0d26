package lu.creativecluster.application.service.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lu.creativecluster.application.port.in.inquiry.RoutingSuggestion;
import lu.creativecluster.application.port.in.inquiry.SuggestRoutingUseCase;
import lu.creativecluster.application.port.in.member.MemberSearchQuery;
import lu.creativecluster.application.port.in.member.MemberSummary;
import lu.creativecluster.application.port.out.inquiry.Inquiries;
import lu.creativecluster.application.port.out.inquiry.Recipients;
import lu.creativecluster.application.port.out.inquiry.RoutingRules;
import lu.creativecluster.application.port.out.member.MemberSearch;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryId;
import lu.creativecluster.domain.inquiry.InquiryKind;
import lu.creativecluster.domain.inquiry.InquiryRouter;
import lu.creativecluster.domain.inquiry.Recipient;
import lu.creativecluster.domain.inquiry.RecipientId;
import lu.creativecluster.domain.member.Keyword;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * Use case service: the routing suggestion. Questions get the recipient of the most specific rule.
 * Offers also get the active members that fit: a member in the offer's sector, or one whose
 * keywords appear in the offer's text (single words and two-word phrases such as "motion design"),
 * both counting; best fit first, then by name.
 */
@ApplicationScoped
@Transactional
public class SuggestRoutingService implements SuggestRoutingUseCase {

  static final int MAX_MEMBERS = 10;
  private static final int SEARCH_SIZE = 50;

  private final Inquiries inquiries;
  private final Recipients recipients;
  private final RoutingRules rules;
  private final MemberSearch memberSearch;

  /** For CDI's client proxy only. */
  protected SuggestRoutingService() {
    this(null, null, null, null);
  }

  @Inject
  public SuggestRoutingService(
      Inquiries inquiries, Recipients recipients, RoutingRules rules, MemberSearch memberSearch) {
    this.inquiries = inquiries;
    this.recipients = recipients;
    this.rules = rules;
    this.memberSearch = memberSearch;
  }

  @Override
  public RoutingSuggestion suggest(Actor actor, InquiryId id) {
    InquiryAccess.requireStaff(actor, "see routing suggestions");
    Inquiry inquiry = InquiryAccess.load(inquiries, id);
    Map<RecipientId, Recipient> active =
        recipients.all().stream()
            .filter(Recipient::active)
            .collect(Collectors.toMap(Recipient::id, r -> r));
    Optional<Recipient> recipient =
        InquiryRouter.suggest(rules.all(), active.keySet(), inquiry).map(active::get);
    List<MemberSummary> members =
        inquiry.kind() == InquiryKind.OFFER ? matchingMembers(inquiry) : List.of();
    return new RoutingSuggestion(recipient, members);
  }

  private List<MemberSummary> matchingMembers(Inquiry inquiry) {
    Map<String, MemberSummary> found = new LinkedHashMap<>();
    Map<String, Integer> score = new LinkedHashMap<>();
    inquiry.sector().ifPresent(sector -> count(search(Set.of(sector), Set.of()), found, score));
    Set<Keyword> keywords = keywordsIn(inquiry.message());
    if (!keywords.isEmpty()) {
      count(search(Set.of(), keywords), found, score);
    }
    return found.values().stream()
        .sorted(
            Comparator.<MemberSummary>comparingInt(m -> -score.get(m.id().toString()))
                .thenComparing(m -> m.displayName().toLowerCase(Locale.ROOT)))
        .limit(MAX_MEMBERS)
        .toList();
  }

  private List<MemberSummary> search(Set<SectorCode> sectors, Set<Keyword> keywords) {
    MemberSearchQuery query =
        new MemberSearchQuery(
            "",
            sectors,
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            keywords,
            Set.of(MemberStatus.ACTIVE),
            MemberSearchQuery.Sort.NAME,
            0,
            SEARCH_SIZE);
    return memberSearch.search(query).items();
  }

  private static void count(
      List<MemberSummary> hits, Map<String, MemberSummary> found, Map<String, Integer> score) {
    for (MemberSummary hit : hits) {
      String key = hit.id().toString();
      found.putIfAbsent(key, hit);
      score.merge(key, 1, Integer::sum);
    }
  }

  /** Words of 3+ letters and adjacent pairs, lower-cased, as many as one search filter takes. */
  static Set<Keyword> keywordsIn(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    Set<Keyword> keywords = new LinkedHashSet<>();
    for (int i = 0; i < words.length; i++) {
      addIfFits(keywords, words[i]);
      if (i + 1 < words.length && !words[i].isEmpty() && !words[i + 1].isEmpty()) {
        addIfFits(keywords, words[i] + " " + words[i + 1]);
      }
      if (keywords.size() >= MemberSearchQuery.MAX_VALUES_PER_FILTER - 1) {
        break;
      }
    }
    return keywords;
  }

  private static void addIfFits(Set<Keyword> keywords, String candidate) {
    if (candidate.length() >= 3 && candidate.length() <= Keyword.MAX_LENGTH) {
      keywords.add(new Keyword(candidate));
    }
  }
}
