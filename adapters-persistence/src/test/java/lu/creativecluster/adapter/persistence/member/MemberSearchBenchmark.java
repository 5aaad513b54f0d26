package lu.creativecluster.adapter.persistence.member;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import lu.creativecluster.adapter.persistence.store.TestStore;
import lu.creativecluster.application.port.in.member.MemberSearchQuery;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.ExportProfile;
import lu.creativecluster.domain.member.Keyword;
import lu.creativecluster.domain.member.LanguageTag;
import lu.creativecluster.domain.member.Location;
import lu.creativecluster.domain.member.MemberKind;
import lu.creativecluster.domain.member.MemberProfile;
import lu.creativecluster.domain.member.MemberSectors;
import lu.creativecluster.domain.member.ProfileText;
import lu.creativecluster.domain.member.TextNormalizer;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

/**
 * Measurement, not a test (its name keeps it out of every build): loads generated members into
 * PostgreSQL (the embedded server of the tests) in bulk, 10,000 and then 100,000, and reports the
 * search latency from one client for a mix of queries. Run it with
 *
 * <pre>
 * mvn -pl adapters-persistence -am verify -Dtest=MemberSearchBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>Sizes with {@code -Dbenchmark.members=10000,100000}, searches per size and kind with {@code
 * -Dbenchmark.searches=300} (cache on) and {@code -Dbenchmark.uncachedSearches=40} (cache off). The
 * report goes to standard output and to {@code
 * adapters-persistence/target/member-search-benchmark.txt}.
 */
class MemberSearchBenchmark {

  private static final String[] SECTORS = {
    "architecture",
    "crafts-manufacturing",
    "visual-arts",
    "film-audiovisual",
    "design",
    "fashion-design",
    "gaming",
    "marketing-communication",
    "literature",
    "digital-media-publishing",
    "performing-arts",
    "music"
  };
  private static final String[] COUNTRIES = {"LU", "LU", "LU", "LU", "LU", "DE", "FR", "BE", "NL"};
  private static final String[] MARKETS = {
    "LU", "DE", "FR", "BE", "NL", "CH", "AT", "IT", "ES", "PT", "GB", "IE", "DK", "SE", "PL", "US",
    "CA", "JP", "CN", "AE"
  };
  private static final String[] LANGUAGES = {"lb", "de", "fr", "en", "pt", "it", "nl"};
  private static final String[] COMMUNES = {
    "Luxembourg", "Esch-sur-Alzette", "Differdange", "Dudelange", "Ettelbruck", "Diekirch",
    "Wiltz", "Echternach", "Remich", "Mersch", "Clervaux", "Vianden"
  };
  private static final String[] NAME_HEADS = {
    "Atelier", "Studio", "Bureau", "Maison", "Kollektiv", "Agence", "Werkstatt", "Collectif",
    "Galerie", "Compagnie", "Verlag", "Éditions", "Labo", "Fabrik", "Théâtre", "Ensemble"
  };
  private static final String[] SYLLABLES = {
    "nor", "lum", "ka", "ber", "sil", "mo", "ré", "tan", "vel", "dor", "mü", "ling", "ca", "sa",
    "tor", "ven", "li", "bo", "gré", "ha", "zen", "pa", "rou", "ki", "fel", "stein", "mar", "é"
  };
  private static final String[] WORDS = {
    "design",
    "keramik",
    "céramique",
    "animation",
    "motion",
    "film",
    "musique",
    "musik",
    "theater",
    "théâtre",
    "photography",
    "fotografie",
    "illustration",
    "graphisme",
    "typographie",
    "mode",
    "fashion",
    "schmuck",
    "bijoux",
    "möbel",
    "meubles",
    "architektur",
    "architecture",
    "urbanisme",
    "landschaft",
    "paysage",
    "interior",
    "innendesign",
    "verlag",
    "édition",
    "publishing",
    "buch",
    "livre",
    "literatur",
    "poésie",
    "spiele",
    "jeux",
    "games",
    "virtual",
    "réalité",
    "digital",
    "numérique",
    "webdesign",
    "branding",
    "marketing",
    "werbung",
    "publicité",
    "kommunikation",
    "communication",
    "konzert",
    "concert",
    "orchester",
    "chor",
    "chorale",
    "tanz",
    "danse",
    "performance",
    "festival",
    "ausstellung",
    "exposition",
    "galerie",
    "kunsthandwerk",
    "artisanat",
    "holz",
    "bois",
    "metall",
    "métal",
    "glas",
    "verre",
    "textil",
    "textile",
    "stickerei",
    "broderie",
    "druck",
    "impression",
    "siebdruck",
    "sérigraphie",
    "töpferei",
    "poterie",
    "skulptur",
    "sculpture",
    "malerei",
    "peinture",
    "zeichnung",
    "dessin",
    "video",
    "vidéo",
    "dokumentarfilm",
    "documentaire",
    "kurzfilm",
    "court",
    "métrage",
    "sounddesign",
    "tonstudio",
    "enregistrement",
    "postproduktion",
    "montage",
    "kamera",
    "caméra",
    "licht",
    "lumière",
    "bühne",
    "scène",
    "kostüm",
    "costume",
    "maske",
    "masque",
    "workshop",
    "atelier",
    "kinder",
    "enfants",
    "children",
    "schule",
    "école",
    "school",
    "nachhaltig",
    "durable",
    "sustainable",
    "handgemacht",
    "fait",
    "main",
    "handmade",
    "créée",
    "gestaltung",
    "création",
    "creative",
    "kreativ",
    "créatif",
    "luxembourg",
    "luxemburg",
    "grenzüberschreitend",
    "européen",
    "international",
    "régional",
    "local",
    "studio",
    "agentur",
    "agence",
    "büro"
  };
  private static final String[] KEYWORDS = {
    "design", "keramik", "animation", "motion design", "film", "musique", "theater", "fotografie",
    "illustration", "mode", "schmuck", "möbel", "architektur", "verlag", "games", "branding",
    "werbung", "konzert", "tanz", "festival", "kunsthandwerk", "holz", "glas", "textil",
    "siebdruck", "skulptur", "malerei", "video", "sounddesign", "bühne", "kostüm", "workshop",
    "nachhaltig", "céramique", "sérigraphie", "broderie", "bijoux", "édition", "jeux vidéo"
  };
  private static final String[] SKILLS = {
    "Art direction", "Motion design", "3D modelling", "Colour grading", "Sound mixing",
    "Typesetting", "Glazing", "Screen printing", "Stage lighting", "Costume making",
    "Game design", "Copywriting", "Photo retouching", "Woodturning", "Goldsmithing",
    "Event production", "Video editing", "UX research", "Brand strategy", "Bookbinding"
  };

  /** Query words of each kind, as a visitor types them. */
  private static final String[] KEYWORD_QUERIES = {
    "design",
    "keramik",
    "animation",
    "festival",
    "workshop",
    "film",
    "verlag",
    "holz",
    "illustration",
    "kinder",
    "textil",
    "concert",
    "studio atelier",
    "sculpture"
  };

  private static final String[] ACCENTED_QUERIES = {
    "céramique",
    "théâtre",
    "Möbel",
    "lumière",
    "sérigraphie",
    "créée",
    "école",
    "bühne",
    "kostüm",
    "édition",
    "töpferei",
    "réalité"
  };
  private static final String[] TYPO_QUERIES = {
    "keramikk",
    "animaton",
    "festvial",
    "illustraton",
    "sculptre",
    "fotografei",
    "kunsthandwrk",
    "worksop",
    "ceramqiue",
    "theatre",
    "orchster",
    "peintre"
  };

  private final Random random = new Random(8);
  private final StringBuilder report = new StringBuilder();

  @Test
  void searchLatency_at10kAnd100kMembers() throws Exception {
    int[] sizes =
        Arrays.stream(System.getProperty("benchmark.members", "10000,100000").split(","))
            .mapToInt(s -> Integer.parseInt(s.strip()))
            .toArray();
    int searches = Integer.getInteger("benchmark.searches", 300);
    int uncachedSearches = Integer.getInteger("benchmark.uncachedSearches", 40);
    try (TestStore store = TestStore.postgresql("member_search_benchmark")) {
      // The reference: every search computed in SQL, as before the in-memory index.
      JpaMemberSearch sql =
          new JpaMemberSearch(
              store::entityManager, 0, new DirectoryGeneration(0, System::nanoTime), false);
      int sqlSearches = Integer.getInteger("benchmark.sqlSearches", uncachedSearches);
      int loaded = 0;
      line(
          "Member search latency, one client, embedded PostgreSQL "
              + serverVersion(store)
              + ", "
              + Runtime.getRuntime().availableProcessors()
              + " cores, "
              + searches
              + " searches per kind with the cache (after each distinct search once), "
              + uncachedSearches
              + " without (after a tenth as many), "
              + sqlSearches
              + " in SQL");
      for (int size : sizes) {
        long start = System.nanoTime();
        load(store, loaded, size - loaded);
        loaded = size;
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        TestStore.execute(store.dataSource(), "VACUUM ANALYZE");
        line("");
        line(
            String.format(
                Locale.ROOT,
                "%,d members (loaded in %,d ms; %,d search terms, %,d distinct words)",
                size,
                loadMillis,
                store.count("SELECT COUNT(*) FROM member_search_term"),
                store.count("SELECT COUNT(*) FROM search_word")));
        line("  every search computed afresh in SQL (before the in-memory index):");
        measure(store, sql, sqlSearches, false, false);
        JpaMemberSearch inMemory =
            new JpaMemberSearch(
                store::entityManager, 0, new DirectoryGeneration(0, System::nanoTime));
        indexBuilt(store, inMemory);
        line("  every search computed afresh in memory (result cache off):");
        measure(store, inMemory, uncachedSearches, false, false);
        line("  one member changed before every search (index updated, result cache off):");
        measure(store, inMemory, uncachedSearches, false, true);
        line("  as deployed (recent searches cached until the directory changes):");
        measure(
            store,
            new JpaMemberSearch(
                store::entityManager,
                JpaMemberSearch.CACHED_SEARCHES,
                new DirectoryGeneration(0, System::nanoTime)),
            searches,
            true,
            false);
      }
    }
    Path file = Path.of("target", "member-search-benchmark.txt");
    try {
      Files.writeString(file, report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs each kind of search: first a warm-up (each distinct search once when {@code everyOnce}, so
   * a cache holds them all, else a tenth of the measured number), then the measured searches, drawn
   * at random from the kind's distinct searches.
   */
  private void measure(
      TestStore store,
      JpaMemberSearch search,
      int searches,
      boolean everyOnce,
      boolean changeFirst) {
    Map<String, List<MemberSearchQuery>> kinds = new LinkedHashMap<>();
    kinds.put("keyword", queries("q", KEYWORD_QUERIES));
    kinds.put("accented word", queries("q", ACCENTED_QUERIES));
    kinds.put("typo", queries("q", TYPO_QUERIES));
    List<MemberSearchQuery> twoFacets = new ArrayList<>();
    for (String sector : SECTORS) {
      for (String country : new LinkedHashSet<>(Arrays.asList(COUNTRIES))) {
        twoFacets.add(query("sector", sector, "country", country));
      }
    }
    kinds.put("two facets", twoFacets);
    kinds.put("empty query, all facets", List.of(query()));
    List<Long> all = new ArrayList<>();
    line(
        String.format(
            Locale.ROOT,
            "  %-26s %8s %8s %8s %10s",
            "query",
            "p50 ms",
            "p95 ms",
            "p99 ms",
            "avg hits"));
    for (Map.Entry<String, List<MemberSearchQuery>> kind : kinds.entrySet()) {
      List<MemberSearchQuery> variants = kind.getValue();
      List<MemberSearchQuery> warmUp = new ArrayList<>();
      if (everyOnce) {
        warmUp.addAll(variants);
      } else {
        for (int i = 0; i < Math.max(1, searches / 10); i++) {
          warmUp.add(pick(variants));
        }
      }
      for (MemberSearchQuery query : warmUp) {
        search.search(query);
        store.closeDetached();
      }
      List<Long> nanos = new ArrayList<>();
      long hits = 0;
      for (int i = 0; i < searches; i++) {
        MemberSearchQuery query = pick(variants);
        if (changeFirst) {
          changeOneMember(store);
        }
        long start = System.nanoTime();
        hits += search.search(query).page().totalItems();
        nanos.add(System.nanoTime() - start);
        store.closeDetached();
      }
      all.addAll(nanos);
      line(row(kind.getKey(), nanos, hits / searches));
      if (Boolean.getBoolean("benchmark.explain")) {
        explain(store, search, pick(variants));
      }
    }
    line(row("all", all, -1));
  }

  /**
   * Builds the adapter's in-memory index with its first search, and reports the time and the heap
   * it holds (the heap in use after a full collection, with and without the index).
   */
  private void indexBuilt(TestStore store, JpaMemberSearch search) {
    Runtime runtime = Runtime.getRuntime();
    long before = usedHeap(runtime);
    long start = System.nanoTime();
    search.search(query());
    long millis = (System.nanoTime() - start) / 1_000_000;
    store.closeDetached();
    long after = usedHeap(runtime);
    MemberIndex index = search.latestIndex();
    line(
        String.format(
            Locale.ROOT,
            "  in-memory index: built by the first search in %,d ms; %,d members, %,d words;"
                + " heap %.1f MB measured around a collection, %.1f MB estimated from its arrays",
            millis,
            index.size(),
            index.words(),
            (after - before) / 1e6,
            index.estimatedBytes() / 1e6));
  }

  private static long usedHeap(Runtime runtime) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** Writes one member as JpaMembers would, in its own transaction: a new generation. */
  private void changeOneMember(TestStore store) {
    try (Connection connection = store.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      UUID id;
      try (PreparedStatement pick =
          connection.prepareStatement("SELECT id FROM member ORDER BY id LIMIT 1 OFFSET ?")) {
        // Among the first members, fewer than there are in the smallest directory measured.
        pick.setInt(1, random.nextInt(50));
        try (ResultSet row = pick.executeQuery()) {
          row.next();
          id = row.getObject(1, UUID.class);
        }
      }
      try (PreparedStatement touch =
          connection.prepareStatement("UPDATE member SET version = version + 1 WHERE id = ?")) {
        touch.setObject(1, id);
        touch.executeUpdate();
      }
      SearchIndex.directoryChanged(connection, List.of(id));
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<MemberSearchQuery> queries(String parameter, String[] values) {
    return Arrays.stream(values).map(v -> query(parameter, v)).toList();
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /**
   * Prints the plan PostgreSQL ran for each statement of one search, as the adapter traces them.
   */
  private static void explain(TestStore store, JpaMemberSearch search, MemberSearchQuery query) {
    Logger logger = Logger.getLogger(JpaMemberSearch.class.getName());
    List<Object[]> statements = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            statements.add(record.getParameters());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(handler);
    logger.setLevel(Level.FINE);
    try {
      search.search(query);
    } finally {
      logger.removeHandler(handler);
      logger.setLevel(null);
      store.closeDetached();
    }
    try (Connection connection = store.dataSource().getConnection()) {
      for (Object[] statement : statements) {
        try (PreparedStatement explain =
            connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + statement[0])) {
          List<?> parameters = (List<?>) statement[1];
          for (int i = 0; i < parameters.size(); i++) {
            explain.setObject(i + 1, parameters.get(i));
          }
          System.out.println(statement[0] + "\n  " + parameters);
          try (var rows = explain.executeQuery()) {
            while (rows.next()) {
              System.out.println("    " + rows.getString(1));
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String row(String name, List<Long> nanos, long hits) {
    List<Long> sorted = nanos.stream().sorted().toList();
    return String.format(
        Locale.ROOT,
        "  %-26s %8.1f %8.1f %8.1f %10s",
        name,
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        hits < 0 ? "" : String.format(Locale.ROOT, "%,d", hits));
  }

  private static double percentile(List<Long> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  private static MemberSearchQuery query(String... pairs) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      parameters.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
    }
    return MemberSearchQuery.fromParameters(parameters);
  }

  // ------------------------------------------------------------------ loading

  /**
   * Writes {@code count} generated members with plain JDBC batches, as the adapter lays them out.
   */
  private void load(TestStore store, int first, int count) throws SQLException {
    try (Connection connection = store.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      Batches batches = new Batches(connection);
      Set<String> words = new HashSet<>();
      for (int i = 0; i < count; i++) {
        Generated g = generate(first + i);
        batches.add(g);
        words.addAll(g.terms().keySet());
        if (i % 1000 == 999) {
          batches.flush();
          connection.commit();
        }
      }
      batches.flush();
      SearchIndex.addWords(connection, words);
      SearchIndex.directoryChanged(connection, List.of());
      // Stamped as JpaMembers stamps what it writes, so that an index built before reads them.
      try (PreparedStatement stamp =
          connection.prepareStatement(
              "UPDATE member SET directory_generation ="
                  + " (SELECT generation FROM member_directory_state WHERE id = 1)"
                  + " WHERE directory_generation = 0")) {
        stamp.executeUpdate();
      }
      connection.commit();
    }
  }

  private record Generated(
      UUID id,
      String slug,
      MemberProfile profile,
      String status,
      Instant appliedAt,
      Map<String, Integer> terms) {}

  private Generated generate(int n) {
    String name =
        pick(NAME_HEADS)
            + " "
            + capitalised(pseudoWord())
            + (n % 7 == 0 ? " " + capitalised(pseudoWord()) : "");
    List<String> sectors = distinct(1 + random.nextInt(3), SECTORS);
    MemberProfile profile =
        MemberProfile.builder(
                name,
                MemberKind.values()[weighted(new int[] {45, 40, 10, 5})],
                MemberSectors.of(
                    sectors.get(0), sectors.subList(1, sectors.size()).toArray(String[]::new)),
                text(6, 12),
                text(15, 40),
                Location.of(pick(COMMUNES), pick(COUNTRIES)))
            .keywords(distinct(1 + random.nextInt(4), KEYWORDS).stream().map(Keyword::of).toList())
            .skills(distinct(random.nextInt(4), SKILLS))
            .languages(
                distinct(1 + random.nextInt(3), LANGUAGES).stream().map(LanguageTag::of).toList())
            .export(
                new ExportProfile(
                    countries(random.nextInt(5)),
                    countries(random.nextInt(3)),
                    random.nextBoolean()))
            .build();
    String status = random.nextInt(100) < 92 ? "active" : random.nextBoolean() ? "applied" : "left";
    Instant appliedAt = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(n * 600L);
    return new Generated(
        new UUID(0x8L << 60, n),
        TextNormalizer.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "-" + n,
        profile,
        status,
        appliedAt,
        SearchTerms.of(profile));
  }

  private ProfileText text(int min, int max) {
    Map<Language, String> texts = new EnumMap<>(Language.class);
    int languages = 1 + random.nextInt(2);
    for (Language language : distinct(languages, Language.values())) {
      StringBuilder text = new StringBuilder();
      int words = min + random.nextInt(max - min + 1);
      for (int i = 0; i < words; i++) {
        text.append(i == 0 ? "" : " ").append(random.nextInt(5) == 0 ? pseudoWord() : pick(WORDS));
      }
      texts.put(language, text.append('.').toString());
    }
    return new ProfileText(texts);
  }

  private String pseudoWord() {
    StringBuilder word = new StringBuilder();
    int syllables = 2 + random.nextInt(2);
    for (int i = 0; i < syllables; i++) {
      word.append(pick(SYLLABLES));
    }
    return word.toString();
  }

  private static String capitalised(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  private Set<CountryCode> countries(int count) {
    Set<CountryCode> countries = new HashSet<>();
    for (String code : distinct(count, MARKETS)) {
      countries.add(CountryCode.of(code));
    }
    return countries;
  }

  private <T> List<T> distinct(int count, T[] values) {
    List<T> all = new ArrayList<>(Arrays.asList(values));
    java.util.Collections.shuffle(all, random);
    return List.copyOf(all.subList(0, Math.min(count, all.size())));
  }

  private int weighted(int[] weights) {
    int r = random.nextInt(Arrays.stream(weights).sum());
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String serverVersion(TestStore store) {
    try (Connection connection = store.dataSource().getConnection()) {
      return connection.getMetaData().getDatabaseProductVersion();
    } catch (SQLException e) {
      return "?";
    }
  }

  private void line(String text) {
    System.out.println(text);
    report.append(text).append('\n');
  }

  /** One prepared batch per table, flushed together. */
  private static final class Batches {
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
    private final Connection connection;

    Batches(Connection connection) {
      this.connection = connection;
    }

    void add(Generated g) throws SQLException {
      MemberProfile p = g.profile();
      OffsetDateTime applied = g.appliedAt().atOffset(ZoneOffset.UTC);
      row(
          "INSERT INTO member (id, slug, display_name, name_key, name_normalised, kind, commune,"
              + " country, wants_export_help, legal_name, registration_number, internal_notes,"
              + " status, applied_at, member_since, version)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', '', ?, ?, ?, 0)",
          g.id(),
          g.slug(),
          p.displayName(),
          TextNormalizer.fold(p.displayName()),
          lu.creativecluster.domain.member.DuplicateDetector.normalisedName(p.displayName()),
          p.kind().code(),
          p.location().commune(),
          p.location().country().alpha2(),
          p.export().wantsExportHelp(),
          g.status(),
          applied,
          g.status().equals("applied") ? null : applied.plusDays(3));
      p.pitch()
          .values()
          .forEach(
              (l, t) ->
                  row(
                      "INSERT INTO member_pitch (member_id, language, text) VALUES (?, ?, ?)",
                      g.id(),
                      l.code(),
                      t));
      p.description()
          .values()
          .forEach(
              (l, t) ->
                  row(
                      "INSERT INTO member_description (member_id, language, text) VALUES (?, ?, ?)",
                      g.id(),
                      l.code(),
                      t));
      List<String> sectors = p.sectors().all().stream().map(s -> s.value()).toList();
      for (int i = 0; i < sectors.size(); i++) {
        row(
            "INSERT INTO member_sector (member_id, position, sector_code) VALUES (?, ?, ?)",
            g.id(),
            i,
            sectors.get(i));
      }
      for (int i = 0; i < p.keywords().size(); i++) {
        row(
            "INSERT INTO member_keyword (member_id, position, keyword) VALUES (?, ?, ?)",
            g.id(),
            i,
            p.keywords().get(i).value());
      }
      for (int i = 0; i < p.skills().size(); i++) {
        row(
            "INSERT INTO member_skill (member_id, position, skill) VALUES (?, ?, ?)",
            g.id(),
            i,
            p.skills().get(i));
      }
      for (int i = 0; i < p.languages().size(); i++) {
        row(
            "INSERT INTO member_language (member_id, position, language_tag) VALUES (?, ?, ?)",
            g.id(),
            i,
            p.languages().get(i).value());
      }
      p.export()
          .marketsServed()
          .forEach(
              c ->
                  row(
                      "INSERT INTO member_market_served (member_id, country) VALUES (?, ?)",
                      g.id(),
                      c.alpha2()));
      p.export()
          .marketsWanted()
          .forEach(
              c ->
                  row(
                      "INSERT INTO member_market_wanted (member_id, country) VALUES (?, ?)",
                      g.id(),
                      c.alpha2()));
      g.terms()
          .forEach(
              (w, weight) ->
                  row(
                      "INSERT INTO member_search_term (member_id, word, weight) VALUES (?, ?, ?)",
                      g.id(),
                      w,
                      weight));
    }

    private void row(String sql, Object... values) {
      try {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
          statement = connection.prepareStatement(sql);
          statements.put(sql, statement);
        }
        for (int i = 0; i < values.length; i++) {
          statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
      } catch (SQLException e) {
        throw new IllegalStateException(sql, e);
      }
    }

    void flush() throws SQLException {
      for (PreparedStatement statement : statements.values()) {
        statement.executeBatch();
      }
    }
  }
}
