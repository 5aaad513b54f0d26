package lu.creativecluster.adapter.persistence.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import lu.creativecluster.adapter.persistence.store.ClusterStore;
import lu.creativecluster.adapter.persistence.store.StampedCache;
import lu.creativecluster.application.port.in.member.Facet;
import lu.creativecluster.application.port.in.member.FacetCount;
import lu.creativecluster.application.port.in.member.MemberSearchQuery;
import lu.creativecluster.application.port.in.member.MemberSearchResult;
import lu.creativecluster.application.port.in.member.MemberSummary;
import lu.creativecluster.application.port.in.member.PageInfo;
import lu.creativecluster.application.port.out.member.MemberSearch;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.Keyword;
import lu.creativecluster.domain.member.LanguageTag;
import lu.creativecluster.domain.member.Location;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.MemberKind;
import lu.creativecluster.domain.member.Slug;
import lu.creativecluster.domain.sector.SectorCode;
import org.hibernate.Session;

/**
 * Persistence adapter: the directory's faceted search. Found, counted and ranked in this server's
 * in-memory {@link DirectoryIndex} (kept up to date from the database, the source of truth), the
 * result cards read from the database. A transaction that has written a member searches in SQL,
 * which runs alike on H2 and PostgreSQL and sees its uncommitted writes: each query word becomes a
 * subquery over {@code member_search_term} that scores the members having a matching word (exact,
 * by prefix, or one of the typo words found through {@code search_word_variant}); the members
 * having every word are filtered, ordered and paged by the database, and each facet is counted by
 * one grouped query with every other facet's filter. Both compute the same results (a test compares
 * them).
 */
@ApplicationScoped
public class JpaMemberSearch implements MemberSearch {

  /** Folded query words are runs of a-z and 0-9, so they are safe to write into SQL as literals. */
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

  private static final Logger LOG = Logger.getLogger(JpaMemberSearch.class.getName());

  /** Recent searches kept; each holds its facet counts and up to 200 ids. */
  static final int CACHED_SEARCHES = 1_000;

  private static final ResultCache NO_CACHE = new ResultCache(0);

  private final Supplier<EntityManager> entityManager;
  private final ResultCache cache;
  private final DirectoryGeneration generation;

  /** This server's search structure; null to search in SQL only (a reference for measuring). */
  private final DirectoryIndex index;

  /** For CDI's client proxy only. */
  protected JpaMemberSearch() {
    this.entityManager = null;
    this.cache = null;
    this.generation = null;
    this.index = null;
  }

  @Inject
  JpaMemberSearch(ClusterStore store, DirectoryGeneration generation) {
    this(store::entityManager, CACHED_SEARCHES, generation);
  }

  /**
   * @param cachedSearches how many recent searches to keep; 0 computes every search afresh
   */
  JpaMemberSearch(
      Supplier<EntityManager> entityManager, int cachedSearches, DirectoryGeneration generation) {
    this(entityManager, cachedSearches, generation, true);
  }

  /**
   * @param inMemory whether to search this server's in-memory {@link DirectoryIndex}; without it
   *     every search is computed in SQL, as the benchmark's reference
   */
  JpaMemberSearch(
      Supplier<EntityManager> entityManager,
      int cachedSearches,
      DirectoryGeneration generation,
      boolean inMemory) {
    this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    this.cache = new ResultCache(cachedSearches);
    this.generation = Objects.requireNonNull(generation, "generation");
    this.index = inMemory ? new DirectoryIndex() : null;
  }

  /** The in-memory structure's latest version, for measuring its size; null without one. */
  MemberIndex latestIndex() {
    return index == null ? null : index.latest();
  }

  @Override
  public MemberSearchResult search(MemberSearchQuery query) {
    Objects.requireNonNull(query, "query");
    EntityManager em = entityManager.get();
    // A transaction that wrote a member sees its own, uncommitted generation: what it finds is
    // neither taken from nor kept in the cache (a rollback may take it back, see StampedCache).
    // Such a transaction also searches in SQL, which sees its uncommitted writes; the in-memory
    // index holds committed members only.
    boolean untouched = StampedCache.untouched(em, MemberJpaEntity.class);
    ResultCache usable = untouched ? cache : NO_CACHE;
    boolean inMemory = untouched && index != null;
    long current = usable.enabled() || inMemory ? generation.current(em) : 0;
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              MemberIndex version = inMemory ? index.atLeast(current, connection) : null;
              return new Run(connection, query, version).result(usable, current);
            });
  }

  @Override
  public long generation() {
    return generation.current(entityManager.get());
  }

  /** The directory's generation, which every write of a member counts up. */
  static long currentGeneration(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT generation FROM member_directory_state WHERE id = 1");
        ResultSet row = select.executeQuery()) {
      return row.next() ? row.getLong(1) : 0;
    }
  }

  /** One search, on one connection. */
  private static final class Run {

    private final Connection connection;
    private final MemberSearchQuery query;

    /** The in-memory index to search, null to search in SQL. */
    private final MemberIndex index;

    private MemberIndex.Found found;
    private final List<Object> termJoinsParameters = new ArrayList<>();
    private String termJoins = "";
    private String score = "0";
    private boolean termJoinsBuilt;

    Run(Connection connection, MemberSearchQuery query, MemberIndex index) {
      this.connection = connection;
      this.query = query;
      this.index = index;
    }

    private MemberIndex.Found found() {
      if (found == null) {
        found = index.search(query);
      }
      return found;
    }

    /** The result, from the cache when it holds this search computed at this generation. */
    MemberSearchResult result(ResultCache cache, long generation) throws SQLException {
      ResultCache.Key key = ResultCache.Key.of(query);
      ResultCache.Entry entry = cache.get(key, generation);
      if (entry == null && index != null) {
        long total = found().total();
        List<UUID> first =
            cache.enabled() && total > 0 ? found().ids(0, ResultCache.FIRST_IDS) : List.of();
        entry = new ResultCache.Entry(generation, found().facets(), total, first);
        cache.put(key, entry);
      } else if (entry == null) {
        buildTermJoins();
        Map<Facet, List<FacetCount>> facets = counts();
        long total = total(facets.get(Facet.KIND));
        List<UUID> first =
            cache.enabled() && total > 0 ? orderedIds(0, ResultCache.FIRST_IDS) : List.of();
        entry = new ResultCache.Entry(generation, facets, total, first);
        cache.put(key, entry);
      }
      long from = (long) query.page() * query.size();
      long to = Math.min(from + query.size(), entry.total());
      List<UUID> ids;
      if (from >= entry.total()) {
        ids = List.of();
      } else if (to <= entry.firstIds().size()) {
        ids = entry.firstIds().subList((int) from, (int) to);
      } else if (index != null) {
        ids = found().ids(from, query.size());
      } else {
        buildTermJoins();
        ids = orderedIds(from, query.size());
      }
      return new MemberSearchResult(
          summaries(ids, cache, generation),
          PageInfo.of(query.page(), query.size(), entry.total()),
          entry.facets());
    }

    /** The cards of these members in this order: those kept at this generation, the rest read. */
    private List<MemberSummary> summaries(List<UUID> ids, ResultCache cache, long generation)
        throws SQLException {
      if (!cache.enabled()) {
        return summaries(ids);
      }
      Map<UUID, MemberSummary> found = cache.summaries(ids, generation);
      List<UUID> missing = ids.stream().filter(id -> !found.containsKey(id)).toList();
      if (!missing.isEmpty()) {
        List<MemberSummary> read = summaries(missing);
        cache.keepSummaries(read, generation);
        read.forEach(summary -> found.put(summary.id().value(), summary));
      }
      return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Every member has one kind: the kind counts, restricted to the kinds asked for, add up. */
    private long total(List<FacetCount> kinds) {
      var selected = query.selected(Facet.KIND);
      return kinds.stream()
          .filter(c -> selected.isEmpty() || selected.contains(c.value()))
          .mapToLong(FacetCount::count)
          .sum();
    }

    private void buildTermJoins() throws SQLException {
      if (termJoinsBuilt) {
        return;
      }
      termJoinsBuilt = true;
      List<String> words = SearchTerms.queryWords(query.q());
      StringBuilder joins = new StringBuilder();
      List<String> scores = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        String word = words.get(i);
        if (!WORD.matcher(word).matches()) {
          throw new IllegalStateException("not a folded word: " + word);
        }
        List<String> typos = typoWords(word);
        // One index range per kind of match (LIKE 'w%' holds the exact word too), each read from
        // the covering index alone; an OR of them would make PostgreSQL visit the table rows.
        String exact = "word = '" + word + "'";
        String rows =
            word.length() >= SearchTerms.MIN_PREFIX
                ? "SELECT member_id, word, weight FROM member_search_term WHERE word LIKE '"
                    + word
                    + "%'"
                : "SELECT member_id, word, weight FROM member_search_term WHERE " + exact;
        if (!typos.isEmpty()) {
          rows +=
              " UNION ALL SELECT member_id, word, weight FROM member_search_term WHERE word IN ("
                  + marks(typos.size())
                  + ")";
          termJoinsParameters.addAll(typos);
        }
        String quality =
            "CASE WHEN "
                + exact
                + " THEN "
                + SearchTerms.EXACT
                + (word.length() >= SearchTerms.MIN_PREFIX
                    ? " WHEN word LIKE '" + word + "%' THEN " + SearchTerms.PREFIX
                    : "")
                + " ELSE "
                + SearchTerms.TYPO
                + " END";
        String alias = "t" + i;
        joins
            .append(" JOIN (SELECT member_id, MAX(weight * ")
            .append(quality)
            .append(") AS s FROM (")
            .append(rows)
            .append(") w GROUP BY member_id) ")
            .append(alias)
            .append(" ON ")
            .append(alias)
            .append(".member_id = m.id");
        scores.add(alias + ".s");
      }
      termJoins = joins.toString();
      if (!scores.isEmpty()) {
        score = String.join(" + ", scores);
      }
    }

    /** The stored words one edit away from the query word, other than its prefix matches. */
    private List<String> typoWords(String word) throws SQLException {
      if (word.length() < SearchTerms.MIN_TYPO
          || word.length() > SearchTerms.MAX_VARIANT_WORD + 1) {
        return List.of();
      }
      List<String> variants =
          SearchTerms.variants(word).stream()
              .filter(v -> v.length() <= SearchTerms.MAX_VARIANT_WORD)
              .toList();
      List<String> typos = new ArrayList<>();
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT DISTINCT word FROM search_word_variant WHERE variant IN ("
                  + marks(variants.size())
                  + ")")) {
        bind(select, variants);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            String candidate = rows.getString(1);
            if (SearchTerms.quality(word, candidate) == SearchTerms.TYPO) {
              typos.add(candidate);
            }
          }
        }
      }
      Collections.sort(typos);
      return typos;
    }

    /** The statuses and the filters that are no facet ({@code wants}, {@code keyword}). */
    private String where(List<Object> parameters) {
      // Status codes are the enum's own words, written as literals so that PostgreSQL can use its
      // partial indexes over active members whatever plan it caches.
      StringBuilder where = new StringBuilder(" WHERE m.status IN (");
      where
          .append(
              String.join(
                  ", ", query.statuses().stream().map(s -> "'" + s.code() + "'").sorted().toList()))
          .append(')');
      List<String> wants = codes(query.wants(), CountryCode::alpha2);
      if (!wants.isEmpty()) {
        where.append(" AND ").append(exists("member_market_wanted", "country", wants.size()));
        parameters.addAll(wants);
      }
      List<String> keywords = codes(query.keywords(), Keyword::value);
      if (!keywords.isEmpty()) {
        where.append(" AND ").append(exists("member_keyword", "keyword", keywords.size()));
        parameters.addAll(keywords);
      }
      return where.toString();
    }

    /** Every filter: the statuses, the facets' and the others. */
    private String whereAll(List<Object> parameters) {
      StringBuilder where = new StringBuilder(where(parameters));
      for (Facet facet : Facet.values()) {
        StringBuilder condition = new StringBuilder();
        if (facetFilter(facet, condition, parameters)) {
          where.append(" AND ").append(condition);
        }
      }
      return where.toString();
    }

    /** Appends the facet's filter condition if the query has one, and says whether it did. */
    private boolean facetFilter(Facet facet, StringBuilder condition, List<Object> parameters) {
      List<String> values =
          switch (facet) {
            case SECTOR -> codes(query.sectors(), SectorCode::value);
            case COUNTRY -> codes(query.countries(), CountryCode::alpha2);
            case MARKET -> codes(query.markets(), CountryCode::alpha2);
            case LANGUAGE -> codes(query.languages(), LanguageTag::value);
            case KIND -> codes(query.kinds(), MemberKind::code);
          };
      if (values.isEmpty()) {
        return false;
      }
      condition.append(
          switch (facet) {
            case SECTOR -> exists("member_sector", "sector_code", values.size());
            case COUNTRY -> "m.country IN (" + marks(values.size()) + ")";
            case MARKET -> exists("member_market_served", "country", values.size());
            case LANGUAGE -> exists("member_language", "language_tag", values.size());
            case KIND -> "m.kind IN (" + marks(values.size()) + ")";
          });
      parameters.addAll(values);
      return true;
    }

    private static String exists(String table, String column, int values) {
      return "EXISTS (SELECT 1 FROM "
          + table
          + " f WHERE f.member_id = m.id AND f."
          + column
          + " IN ("
          + marks(values)
          + "))";
    }

    /**
     * Every facet's counts in one statement: the members matching the words, the statuses and the
     * filters that are no facet are found once, each with a flag per facet filter given; each facet
     * then counts the members whose other flags hold.
     */
    private Map<Facet, List<FacetCount>> counts() throws SQLException {
      List<Object> parameters = new ArrayList<>();
      Map<Facet, String> flags = new EnumMap<>(Facet.class);
      StringBuilder sql = new StringBuilder("WITH hits AS (SELECT m.id, m.country, m.kind");
      for (Facet facet : Facet.values()) {
        StringBuilder condition = new StringBuilder();
        if (facetFilter(facet, condition, parameters)) {
          String flag = "f_" + facet.parameter();
          // A number, not a boolean: H2 fails to push a boolean EXISTS column down into the CTE.
          sql.append(", CASE WHEN ")
              .append(condition)
              .append(" THEN 1 ELSE 0 END AS ")
              .append(flag);
          flags.put(facet, "h." + flag + " = 1");
        }
      }
      parameters.addAll(termJoinsParameters);
      sql.append(" FROM member m").append(termJoins).append(where(parameters)).append(')');
      String union = " ";
      for (Facet facet : Facet.values()) {
        sql.append(union)
            .append("SELECT '")
            .append(facet.parameter())
            .append("', ")
            .append(facetValue(facet))
            .append(", COUNT(*) FROM hits h")
            .append(facetJoin(facet))
            .append(
                flags.entrySet().stream()
                    .filter(e -> e.getKey() != facet)
                    .map(Map.Entry::getValue)
                    .reduce((a, b) -> a + " AND " + b)
                    .map(c -> " WHERE " + c)
                    .orElse(""))
            .append(" GROUP BY ")
            .append(facetValue(facet));
        union = " UNION ALL ";
      }
      Map<String, Facet> byParameter = new HashMap<>();
      Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
      for (Facet facet : Facet.values()) {
        byParameter.put(facet.parameter(), facet);
        Map<String, Long> selected = new HashMap<>();
        query.selected(facet).forEach(v -> selected.put(v, 0L));
        counts.put(facet, selected);
      }
      trace(sql.toString(), parameters);
      try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
        bind(statement, parameters);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            counts.get(byParameter.get(rows.getString(1))).put(rows.getString(2), rows.getLong(3));
          }
        }
      }
      Map<Facet, List<FacetCount>> sorted = new EnumMap<>(Facet.class);
      counts.forEach((facet, values) -> sorted.put(facet, sorted(values)));
      return sorted;
    }

    private static List<FacetCount> sorted(Map<String, Long> counts) {
      return counts.entrySet().stream()
          .map(e -> new FacetCount(e.getKey(), e.getValue()))
          .sorted(
              Comparator.comparingLong(FacetCount::count)
                  .reversed()
                  .thenComparing(FacetCount::value))
          .toList();
    }

    private static String facetValue(Facet facet) {
      return switch (facet) {
        case SECTOR -> "v.sector_code";
        case COUNTRY -> "h.country";
        case MARKET -> "v.country";
        case LANGUAGE -> "v.language_tag";
        case KIND -> "h.kind";
      };
    }

    private static String facetJoin(Facet facet) {
      return switch (facet) {
        case SECTOR -> " JOIN member_sector v ON v.member_id = h.id";
        case MARKET -> " JOIN member_market_served v ON v.member_id = h.id";
        case LANGUAGE -> " JOIN member_language v ON v.member_id = h.id";
        case COUNTRY, KIND -> "";
      };
    }

    /** The ids of the results from {@code offset} on, at most {@code limit}, in order. */
    private List<UUID> orderedIds(long offset, int limit) throws SQLException {
      List<Object> parameters = new ArrayList<>(termJoinsParameters);
      String sql =
          "SELECT m.id FROM member m"
              + termJoins
              + whereAll(parameters)
              + " ORDER BY "
              + order()
              + " LIMIT "
              + limit
              + " OFFSET "
              + offset;
      List<UUID> ids = new ArrayList<>();
      trace(sql, parameters);
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        bind(select, parameters);
        try (ResultSet result = select.executeQuery()) {
          while (result.next()) {
            ids.add(result.getObject(1, UUID.class));
          }
        }
      }
      return ids;
    }

    /** What the cards of these members show, in the order given. */
    private List<MemberSummary> summaries(List<UUID> ids) throws SQLException {
      if (ids.isEmpty()) {
        return List.of();
      }
      Map<UUID, Object[]> rows = new HashMap<>();
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT m.id, m.slug, m.display_name, m.kind, m.commune, m.country, m.status,"
                  + " m.member_since FROM member m WHERE m.id IN ("
                  + marks(ids.size())
                  + ")")) {
        bind(select, ids);
        try (ResultSet result = select.executeQuery()) {
          while (result.next()) {
            rows.put(
                result.getObject(1, UUID.class),
                new Object[] {
                  result.getString(2),
                  result.getString(3),
                  result.getString(4),
                  result.getString(5),
                  result.getString(6),
                  result.getString(7),
                  instant(result.getObject(8, OffsetDateTime.class))
                });
          }
        }
      }
      Map<UUID, List<String>> sectors = sectors(ids);
      Map<UUID, Map<String, String>> pitches = pitches(ids);
      List<MemberSummary> items = new ArrayList<>(ids.size());
      for (UUID id : ids) {
        Object[] r = rows.get(id);
        if (r == null) {
          continue;
        }
        items.add(
            new MemberSummary(
                new MemberId(id),
                new Slug((String) r[0]),
                (String) r[1],
                MemberMapper.kind((String) r[2], id),
                MemberMapper.sectors(sectors.get(id)),
                MemberMapper.profileText(pitches.get(id)),
                new Location((String) r[3], CountryCode.of((String) r[4])),
                MemberMapper.status((String) r[5], id),
                Optional.ofNullable((Instant) r[6])));
      }
      return items;
    }

    private String order() {
      String byName = "m.name_key, m.slug";
      return switch (query.sort()) {
        case NAME -> byName;
        case NEWEST -> "COALESCE(m.member_since, m.applied_at) DESC, " + byName;
        case RELEVANCE ->
            query.q().isEmpty() || termJoins.isEmpty() ? byName : score + " DESC, " + byName;
      };
    }

    private Map<UUID, List<String>> sectors(Collection<UUID> ids) throws SQLException {
      Map<UUID, List<String>> sectors = new HashMap<>();
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT member_id, sector_code FROM member_sector WHERE member_id IN ("
                  + marks(ids.size())
                  + ") ORDER BY member_id, position")) {
        bind(select, new ArrayList<>(ids));
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            sectors
                .computeIfAbsent(rows.getObject(1, UUID.class), k -> new ArrayList<>())
                .add(rows.getString(2));
          }
        }
      }
      return sectors;
    }

    private Map<UUID, Map<String, String>> pitches(Collection<UUID> ids) throws SQLException {
      Map<UUID, Map<String, String>> pitches = new HashMap<>();
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT member_id, language, text FROM member_pitch WHERE member_id IN ("
                  + marks(ids.size())
                  + ")")) {
        bind(select, new ArrayList<>(ids));
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            pitches
                .computeIfAbsent(rows.getObject(1, UUID.class), k -> new HashMap<>())
                .put(rows.getString(2), rows.getString(3));
          }
        }
      }
      return pitches;
    }

    private static Instant instant(OffsetDateTime value) {
      return value == null ? null : value.toInstant();
    }

    private static <T> List<String> codes(
        Collection<T> values, java.util.function.Function<T, String> code) {
      return values.stream().map(code).sorted().toList();
    }

    private static String marks(int count) {
      return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** At FINE, the statement and its parameters, so that a slow search can be explained. */
    private static void trace(String sql, List<Object> parameters) {
      if (LOG.isLoggable(Level.FINE)) {
        LOG.log(Level.FINE, "{0}", new Object[] {sql, List.copyOf(parameters)});
      }
    }

    private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {

      for (int i = 0; i < parameters.size(); i++) {
        statement.setObject(i + 1, parameters.get(i));
      }
    }
  }
}
