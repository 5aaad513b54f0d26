package lu.creativecluster.application.port.in.member;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.Keyword;
import lu.creativecluster.domain.member.LanguageTag;
import lu.creativecluster.domain.member.MemberKind;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * Query: a search of the member directory. Each filter is a set: a member matches a facet when it
 * has any of the values (OR), and must match every facet given (AND). Invalid values are refused
 * with an {@link InvalidSearchParameterException} naming the URL parameter.
 *
 * @param q free text, may be empty
 * @param markets markets served today
 * @param wants markets wanted
 * @param statuses which records to search; the public directory sees only active members
 * @param page from 0
 * @param size 1 to {@value #MAX_SIZE}
 */
public record MemberSearchQuery(
    String q,
    Set<SectorCode> sectors,
    Set<CountryCode> countries,
    Set<CountryCode> markets,
    Set<CountryCode> wants,
    Set<LanguageTag> languages,
    Set<MemberKind> kinds,
    Set<Keyword> keywords,
    Set<MemberStatus> statuses,
    Sort sort,
    int page,
    int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;
  public static final int MAX_PAGE = 10_000;
  public static final int MAX_Q_LENGTH = 200;
  public static final int MAX_VALUES_PER_FILTER = 50;

  /** The ways results can be ordered; {@code relevance} without {@code q} orders by name. */
  public enum Sort {
    RELEVANCE("relevance"),
    NAME("name"),
    NEWEST("newest");

    private final String code;

    Sort(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static Optional<Sort> fromCode(String code) {
      return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
  }

  public MemberSearchQuery {
    q = q == null ? "" : q.strip();
    if (q.length() > MAX_Q_LENGTH || q.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidSearchParameterException(
          "q", q, "has at most " + MAX_Q_LENGTH + " characters and no control characters");
    }
    sectors = checked(sectors, "sector");
    countries = checked(countries, "country");
    markets = checked(markets, "market");
    wants = checked(wants, "wants");
    languages = checked(languages, "language");
    kinds = checked(kinds, "kind");
    keywords = checked(keywords, "keyword");
    statuses = checked(statuses, "status");
    if (statuses.isEmpty()) {
      throw new InvalidSearchParameterException("status", "", "names at least one status");
    }
    if (sort == null) {
      throw new InvalidSearchParameterException("sort", "", "is missing");
    }
    if (page < 0 || page > MAX_PAGE) {
      throw new InvalidSearchParameterException(
          "page", Integer.toString(page), "is between 0 and " + MAX_PAGE);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidSearchParameterException(
          "size", Integer.toString(size), "is between 1 and " + MAX_SIZE);
    }
  }

  /** Every active member, by relevance (that is, by name), first page of the default size. */
  public static MemberSearchQuery everything() {
    return new MemberSearchQuery(
        "",
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(MemberStatus.ACTIVE),
        Sort.RELEVANCE,
        0,
        DEFAULT_SIZE);
  }

  /**
   * Reads URL parameters (each possibly repeated): {@code q, sector, country, market, wants,
   * language, kind, keyword, status, sort, page, size}. Blank values are ignored, as empty form
   * fields send them; other parameters are not this query's business and are ignored too.
   *
   * @throws InvalidSearchParameterException naming the first parameter that does not parse
   */
  public static MemberSearchQuery fromParameters(Map<String, List<String>> parameters) {
    Objects.requireNonNull(parameters, "parameters");
    Parameters p = new Parameters(parameters);
    Set<MemberStatus> statuses = p.all("status", code -> MemberStatus.fromCode(code).orElseThrow());
    return new MemberSearchQuery(
        p.single("q").orElse(""),
        p.all("sector", SectorCode::new),
        p.all("country", CountryCode::of),
        p.all("market", CountryCode::of),
        p.all("wants", CountryCode::of),
        p.all("language", LanguageTag::of),
        p.all("kind", code -> MemberKind.fromCode(code).orElseThrow()),
        p.all("keyword", Keyword::of),
        statuses.isEmpty() ? Set.of(MemberStatus.ACTIVE) : statuses,
        p.single("sort")
            .map(code -> p.parse("sort", code, c -> Sort.fromCode(c).orElseThrow()))
            .orElse(Sort.RELEVANCE),
        p.single("page").map(v -> p.parse("page", v, Integer::parseInt)).orElse(0),
        p.single("size").map(v -> p.parse("size", v, Integer::parseInt)).orElse(DEFAULT_SIZE));
  }

  public MemberSearchQuery withPage(int number) {
    return new MemberSearchQuery(
        q, sectors, countries, markets, wants, languages, kinds, keywords, statuses, sort, number,
        size);
  }

  public MemberSearchQuery withStatuses(Set<MemberStatus> newStatuses) {
    return new MemberSearchQuery(
        q,
        sectors,
        countries,
        markets,
        wants,
        languages,
        kinds,
        keywords,
        newStatuses,
        sort,
        page,
        size);
  }

  /** Whether the query searches only what the public may see. */
  public boolean onlyActive() {
    return statuses.equals(Set.of(MemberStatus.ACTIVE));
  }

  /** The filter values of a facet, as strings in the facet's parameter form. */
  public Set<String> selected(Facet facet) {
    Set<?> values =
        switch (facet) {
          case SECTOR -> sectors;
          case COUNTRY -> countries;
          case MARKET -> markets;
          case LANGUAGE -> languages;
          case KIND -> kinds;
        };
    Set<String> codes = new LinkedHashSet<>();
    for (Object value : values) {
      codes.add(value instanceof MemberKind kind ? kind.code() : value.toString());
    }
    return Set.copyOf(codes);
  }

  private static <T> Set<T> checked(Set<T> values, String parameter) {
    if (values == null) {
      return Set.of();
    }
    if (values.size() > MAX_VALUES_PER_FILTER) {
      throw new InvalidSearchParameterException(
          parameter, "", "has at most " + MAX_VALUES_PER_FILTER + " values");
    }
    if (values.stream().anyMatch(Objects::isNull)) {
      throw new InvalidSearchParameterException(parameter, "", "has no empty value");
    }
    return Set.copyOf(values);
  }

  /** Reads raw parameter lists into values, naming the parameter when one does not parse. */
  private record Parameters(Map<String, List<String>> raw) {

    Optional<String> single(String name) {
      List<String> values = nonBlank(name);
      if (values.size() > 1) {
        throw new InvalidSearchParameterException(name, values.get(1), "is given more than once");
      }
      return values.stream().findFirst();
    }

    <T> Set<T> all(String name, Function<String, T> parser) {
      Set<T> parsed = new LinkedHashSet<>();
      for (String value : nonBlank(name)) {
        parsed.add(parse(name, value, parser));
      }
      return parsed;
    }

    <T> T parse(String name, String value, Function<String, T> parser) {
      try {
        return parser.apply(value.strip());
      } catch (RuntimeException malformed) {
        throw new InvalidSearchParameterException(name, value, "has an unknown or malformed value");
      }
    }

    private List<String> nonBlank(String name) {
      List<String> values = raw.getOrDefault(name, List.of());
      if (values == null) {
        return List.of();
      }
      return values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
  }
}
