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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import lu.creativecluster.adapter.persistence.store.ClusterStore;
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
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.member.Slug;
import lu.creativecluster.domain.sector.SectorCode;
import org.hibernate.Session;

/**
 * Persistence adapter: the directory's faceted search, in SQL that runs alike on H2 and PostgreSQL.
 * Each query word becomes a subquery over {@code member_search_term} that scores the members having
 * a matching word (exact, by prefix, or one of the typo words found through {@code
 * search_word_variant}); the members having every word are filtered, ordered and paged by the
 * database, and each facet is counted by one grouped query with every other facet's filter.
 */
@ApplicationScoped
public class JpaMemberSearch implements MemberSearch {

  /** Folded query words are runs of a-z and 0-9, so they are safe to write into SQL as literals. */
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

  private final Supplier<EntityManager> entityManager;

  /** For CDI's client proxy only. */
  protected JpaMemberSearch() {
    this.entityManager = null;
  }

  @Inject
  JpaMemberSearch(ClusterStore store) {
    this(store::entityManager);
  }

  JpaMemberSearch(Supplier<EntityManager> entityManager) {
    this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
  }

  @Override
  public MemberSearchResult search(MemberSearchQuery query) {
    Objects.requireNonNull(query, "query");
    return entityManager
        .get()
        .unwrap(Session.class)
        .doReturningWork(connection -> new Run(connection, query).result());
  }

  /** One search, on one connection. */
  private static final class Run {

    private final Connection connection;
    private final MemberSearchQuery query;
    private final List<Object> termJoinsParameters = new ArrayList<>();
    private String termJoins = "";
    private String score = "0";

    Run(Connection connection, MemberSearchQuery query) {
      this.connection = connection;
      this.query = query;
    }

    MemberSearchResult result() throws SQLException {
      buildTermJoins();
      Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
      for (Facet facet : Facet.values()) {
        facets.put(facet, counts(facet));
      }
      long total = total(facets.get(Facet.KIND));
      List<MemberSummary> items = total > (long) query.page() * query.size() ? page() : List.of();
      return new MemberSearchResult(items, PageInfo.of(query.page(), query.size(), total), facets);
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
      List<String> words = SearchTerms.queryWords(query.q());
      StringBuilder joins = new StringBuilder();
      List<String> scores = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        String word = words.get(i);
        if (!WORD.matcher(word).matches()) {
          throw new IllegalStateException("not a folded word: " + word);
        }
        boolean prefix = word.length() >= SearchTerms.MIN_PREFIX;
        List<String> typos = typoWords(word);
        StringBuilder quality =
            new StringBuilder("CASE WHEN word = '" + word + "' THEN " + SearchTerms.EXACT);
        StringBuilder match = new StringBuilder("word = '" + word + "'");
        if (prefix) {
          quality
              .append(" WHEN word LIKE '")
              .append(word)
              .append("%' THEN ")
              .append(SearchTerms.PREFIX);
          match.append(" OR word LIKE '").append(word).append("%'");
        }
        quality.append(" ELSE ").append(SearchTerms.TYPO).append(" END");
        if (!typos.isEmpty()) {
          match.append(" OR word IN (").append(marks(typos.size())).append(')');
          termJoinsParameters.addAll(typos);
        }
        String alias = "t" + i;
        joins
            .append(" JOIN (SELECT member_id, MAX(weight * ")
            .append(quality)
            .append(") AS s FROM member_search_term WHERE ")
            .append(match)
            .append(" GROUP BY member_id) ")
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

    /** The filters of every facet but {@code ignored} (none if null), with their parameters. */
    private String where(Facet ignored, List<Object> parameters) {
      StringBuilder where = new StringBuilder(" WHERE m.status IN (");
      where.append(marks(query.statuses().size())).append(')');
      query.statuses().stream().map(MemberStatus::code).sorted().forEach(parameters::add);
      if (ignored != Facet.SECTOR) {
        exists(
            where,
            parameters,
            "member_sector",
            "sector_code",
            codes(query.sectors(), SectorCode::value));
      }
      if (ignored != Facet.COUNTRY) {
        column(where, parameters, "m.country", codes(query.countries(), CountryCode::alpha2));
      }
      if (ignored != Facet.MARKET) {
        exists(
            where,
            parameters,
            "member_market_served",
            "country",
            codes(query.markets(), CountryCode::alpha2));
      }
      exists(
          where,
          parameters,
          "member_market_wanted",
          "country",
          codes(query.wants(), CountryCode::alpha2));
      if (ignored != Facet.LANGUAGE) {
        exists(
            where,
            parameters,
            "member_language",
            "language_tag",
            codes(query.languages(), LanguageTag::value));
      }
      if (ignored != Facet.KIND) {
        column(where, parameters, "m.kind", codes(query.kinds(), MemberKind::code));
      }
      exists(
          where, parameters, "member_keyword", "keyword", codes(query.keywords(), Keyword::value));
      return where.toString();
    }

    private static void exists(
        StringBuilder where,
        List<Object> parameters,
        String table,
        String column,
        List<String> values) {
      if (values.isEmpty()) {
        return;
      }
      where
          .append(" AND EXISTS (SELECT 1 FROM ")
          .append(table)
          .append(" f WHERE f.member_id = m.id AND f.")
          .append(column)
          .append(" IN (")
          .append(marks(values.size()))
          .append("))");
      parameters.addAll(values);
    }

    private static void column(
        StringBuilder where, List<Object> parameters, String column, List<String> values) {
      if (values.isEmpty()) {
        return;
      }
      where.append(" AND ").append(column).append(" IN (").append(marks(values.size())).append(')');
      parameters.addAll(values);
    }

    private List<FacetCount> counts(Facet facet) throws SQLException {
      String value;
      String join = "";
      switch (facet) {
        case SECTOR -> {
          value = "v.sector_code";
          join = " JOIN member_sector v ON v.member_id = m.id";
        }
        case COUNTRY -> value = "m.country";
        case MARKET -> {
          value = "v.country";
          join = " JOIN member_market_served v ON v.member_id = m.id";
        }
        case LANGUAGE -> {
          value = "v.language_tag";
          join = " JOIN member_language v ON v.member_id = m.id";
        }
        case KIND -> value = "m.kind";
        default -> throw new IllegalArgumentException("unknown facet " + facet);
      }
      List<Object> parameters = new ArrayList<>(termJoinsParameters);
      String sql =
          "SELECT "
              + value
              + ", COUNT(*) FROM member m"
              + termJoins
              + join
              + where(facet, parameters)
              + " GROUP BY "
              + value;
      Map<String, Long> counts = new HashMap<>();
      query.selected(facet).forEach(v -> counts.put(v, 0L));
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        bind(select, parameters);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            counts.put(rows.getString(1), rows.getLong(2));
          }
        }
      }
      return counts.entrySet().stream()
          .map(e -> new FacetCount(e.getKey(), e.getValue()))
          .sorted(
              Comparator.comparingLong(FacetCount::count)
                  .reversed()
                  .thenComparing(FacetCount::value))
          .toList();
    }

    private List<MemberSummary> page() throws SQLException {
      List<Object> parameters = new ArrayList<>(termJoinsParameters);
      String sql =
          "SELECT m.id, m.slug, m.display_name, m.kind, m.commune, m.country, m.status,"
              + " m.member_since FROM member m"
              + termJoins
              + where(null, parameters)
              + " ORDER BY "
              + order()
              + " LIMIT "
              + query.size()
              + " OFFSET "
              + (long) query.page() * query.size();
      Map<UUID, Object[]> rows = new LinkedHashMap<>();
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        bind(select, parameters);
        try (ResultSet result = select.executeQuery()) {
          while (result.next()) {
            UUID id = result.getObject(1, UUID.class);
            rows.put(
                id,
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
      if (rows.isEmpty()) {
        return List.of();
      }
      Map<UUID, List<String>> sectors = sectors(rows.keySet());
      Map<UUID, Map<String, String>> pitches = pitches(rows.keySet());
      List<MemberSummary> items = new ArrayList<>(rows.size());
      rows.forEach(
          (id, r) ->
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
                      Optional.ofNullable((Instant) r[6]))));
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

    private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setObject(i + 1, parameters.get(i));
      }
    }
  }
}
