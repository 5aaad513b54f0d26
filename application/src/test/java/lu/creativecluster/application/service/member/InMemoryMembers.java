package lu.creativecluster.application.service.member;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lu.creativecluster.application.port.in.member.Facet;
import lu.creativecluster.application.port.in.member.FacetCount;
import lu.creativecluster.application.port.in.member.MemberSearchQuery;
import lu.creativecluster.application.port.in.member.MemberSearchResult;
import lu.creativecluster.application.port.in.member.MemberSummary;
import lu.creativecluster.application.port.in.member.PageInfo;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.member.DuplicateSlugException;
import lu.creativecluster.application.port.out.member.MemberSearch;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.Keyword;
import lu.creativecluster.domain.member.LanguageTag;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.MemberProfile;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.member.Slug;
import lu.creativecluster.domain.member.TextNormalizer;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * Test fake of the {@link Members} and {@link MemberSearch} ports, and the reference implementation
 * of the search semantics the contract test pins down. Like a database it hands out copies, keeps
 * slugs unique and saves only from the version it handed out.
 */
public final class InMemoryMembers implements Members, MemberSearch {

  /** Field weights: a hit in the name counts most, the description least. */
  static final double NAME = 8;

  static final double TAGS = 4;
  static final double PITCH = 2;
  static final double DESCRIPTION = 1;

  /** Match qualities: exact beats prefix beats typo. */
  static final double EXACT = 1.0;

  static final double PREFIX = 0.6;
  static final double TYPO = 0.4;

  static final int MIN_PREFIX = 3;
  static final int MIN_TYPO = 5;

  private final Map<MemberId, Member> stored = new LinkedHashMap<>();
  private long generation;

  @Override
  public Optional<Member> byId(MemberId id) {
    return Optional.ofNullable(stored.get(id)).map(m -> copy(m, m.version()));
  }

  @Override
  public Optional<Member> bySlug(Slug slug) {
    return stored.values().stream()
        .filter(m -> m.slug().equals(slug))
        .findFirst()
        .map(m -> copy(m, m.version()));
  }

  @Override
  public boolean slugTaken(Slug slug) {
    return stored.values().stream().anyMatch(m -> m.slug().equals(slug));
  }

  @Override
  public void add(Member member) {
    if (slugTaken(member.slug())) {
      throw new DuplicateSlugException(member.slug().value(), null);
    }
    stored.put(member.id(), copy(member, 0));
    generation++;
  }

  @Override
  public void save(Member member) {
    Member current = stored.get(member.id());
    if (current == null || current.version() != member.version()) {
      throw new ConcurrentUpdateException("member " + member.id(), null);
    }
    boolean slugClash =
        stored.values().stream()
            .anyMatch(m -> !m.id().equals(member.id()) && m.slug().equals(member.slug()));
    if (slugClash) {
      throw new DuplicateSlugException(member.slug().value(), null);
    }
    stored.put(member.id(), copy(member, member.version() + 1));
    generation++;
  }

  @Override
  public long generation() {
    return generation;
  }

  @Override
  public List<Member> byStatus(MemberStatus status) {
    return stored.values().stream()
        .filter(m -> m.status() == status)
        .sorted(Comparator.comparing(Member::appliedAt).thenComparing(m -> m.slug().value()))
        .map(m -> copy(m, m.version()))
        .toList();
  }

  /** Every live record but the member itself: the detector decides. */
  @Override
  public List<Member> duplicateCandidatesFor(Member member) {
    return stored.values().stream()
        .filter(m -> !m.id().equals(member.id()) && !m.status().isTerminal())
        .map(m -> copy(m, m.version()))
        .toList();
  }

  @Override
  public MemberSearchResult search(MemberSearchQuery query) {
    List<String> terms = TextNormalizer.tokens(query.q());
    List<Scored> matching = new ArrayList<>();
    for (Member member : stored.values()) {
      if (!query.statuses().contains(member.status())) {
        continue;
      }
      double score = score(member.profile(), terms);
      if (score > 0) {
        matching.add(new Scored(member, score));
      }
    }
    List<Scored> hits =
        matching.stream()
            .filter(s -> passes(s.member(), query, null))
            .sorted(order(query))
            .toList();
    int from = (int) Math.min((long) query.page() * query.size(), hits.size());
    int to = Math.min(from + query.size(), hits.size());
    List<MemberSummary> items =
        hits.subList(from, to).stream().map(s -> MemberSummary.of(s.member())).toList();
    Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      facets.put(facet, counts(facet, matching, query));
    }
    return new MemberSearchResult(
        items, PageInfo.of(query.page(), query.size(), hits.size()), facets);
  }

  /** The stored state (a copy), for assertions. */
  public Member stored(MemberId id) {
    return byId(id).orElseThrow(() -> new AssertionError("no member " + id));
  }

  public int size() {
    return stored.size();
  }

  private record Scored(Member member, double score) {}

  /** Sum over the query's words of each word's best match; 0 if any word matches nothing. */
  private static double score(MemberProfile profile, List<String> terms) {
    if (terms.isEmpty()) {
      return 1;
    }
    List<String> name = TextNormalizer.tokens(profile.displayName());
    List<String> tags =
        Stream.concat(profile.keywords().stream().map(Keyword::value), profile.skills().stream())
            .flatMap(text -> TextNormalizer.tokens(text).stream())
            .toList();
    List<String> pitch = TextNormalizer.tokens(profile.pitch().allLanguages());
    List<String> description = TextNormalizer.tokens(profile.description().allLanguages());
    double total = 0;
    for (String term : terms) {
      double best =
          Math.max(
              Math.max(NAME * quality(term, name), TAGS * quality(term, tags)),
              Math.max(PITCH * quality(term, pitch), DESCRIPTION * quality(term, description)));
      if (best == 0) {
        return 0;
      }
      total += best;
    }
    return total;
  }

  private static double quality(String term, List<String> tokens) {
    double best = 0;
    for (String token : tokens) {
      if (token.equals(term)) {
        return EXACT;
      }
      if (term.length() >= MIN_PREFIX && token.startsWith(term)) {
        best = Math.max(best, PREFIX);
      } else if (term.length() >= MIN_TYPO
          && Math.abs(token.length() - term.length()) <= 1
          && TextNormalizer.editDistance(term, token) <= 1) {
        best = Math.max(best, TYPO);
      }
    }
    return best;
  }

  /** Whether the member passes every filter except the one of {@code ignored} (if any). */
  private static boolean passes(Member member, MemberSearchQuery query, Facet ignored) {
    MemberProfile p = member.profile();
    return (ignored == Facet.SECTOR || anyOf(query.sectors(), p.sectors().all()))
        && (ignored == Facet.COUNTRY || anyOf(query.countries(), List.of(p.location().country())))
        && (ignored == Facet.MARKET || anyOf(query.markets(), p.export().marketsServed()))
        && anyOf(query.wants(), p.export().marketsWanted())
        && (ignored == Facet.LANGUAGE || anyOf(query.languages(), p.languages()))
        && (ignored == Facet.KIND || anyOf(query.kinds(), List.of(p.kind())))
        && anyOf(query.keywords(), p.keywords());
  }

  private static <T> boolean anyOf(Set<T> wanted, java.util.Collection<T> values) {
    return wanted.isEmpty() || values.stream().anyMatch(wanted::contains);
  }

  private static List<FacetCount> counts(
      Facet facet, List<Scored> matching, MemberSearchQuery query) {
    Map<String, Long> counts = new HashMap<>();
    query.selected(facet).forEach(value -> counts.put(value, 0L));
    matching.stream()
        .map(Scored::member)
        .filter(m -> passes(m, query, facet))
        .flatMap(m -> values(facet, m.profile()).stream().distinct())
        .forEach(value -> counts.merge(value, 1L, Long::sum));
    return counts.entrySet().stream()
        .map(e -> new FacetCount(e.getKey(), e.getValue()))
        .sorted(
            Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
        .toList();
  }

  private static List<String> values(Facet facet, MemberProfile p) {
    return switch (facet) {
      case SECTOR -> p.sectors().all().stream().map(SectorCode::value).toList();
      case COUNTRY -> List.of(p.location().country().alpha2());
      case MARKET -> p.export().marketsServed().stream().map(CountryCode::alpha2).toList();
      case LANGUAGE -> p.languages().stream().map(LanguageTag::value).toList();
      case KIND -> List.of(p.kind().code());
    };
  }

  private static Comparator<Scored> order(MemberSearchQuery query) {
    Comparator<Scored> byName =
        Comparator.comparing((Scored s) -> TextNormalizer.fold(s.member().displayName()))
            .thenComparing(s -> s.member().slug().value());
    return switch (query.sort()) {
      case NAME -> byName;
      case NEWEST ->
          Comparator.comparing((Scored s) -> joined(s.member())).reversed().thenComparing(byName);
      case RELEVANCE ->
          query.q().isEmpty()
              ? byName
              : Comparator.comparingDouble(Scored::score).reversed().thenComparing(byName);
    };
  }

  /** When the member joined: its first approval, or its application until then. */
  private static Instant joined(Member member) {
    return member.memberSince().orElse(member.appliedAt());
  }

  static Member copy(Member m, long version) {
    return Member.reconstitute(
        m.id(),
        m.slug(),
        m.profile(),
        m.contact(),
        m.privateDetails(),
        m.status(),
        m.history(),
        m.owner(),
        m.mergedInto(),
        m.distinctFrom(),
        m.appliedAt(),
        m.memberSince(),
        version);
  }

  static Set<String> codes(List<FacetCount> counts) {
    return counts.stream().map(FacetCount::value).collect(Collectors.toSet());
  }
}
