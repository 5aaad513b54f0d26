package lu.creativecluster.adapter.persistence.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.SchemaMigration;
import lu.creativecluster.adapter.persistence.store.StampedCache;
import lu.creativecluster.adapter.persistence.store.TestStore;
import lu.creativecluster.adapter.persistence.store.Ticker;
import lu.creativecluster.application.port.in.member.Facet;
import lu.creativecluster.application.port.in.member.MemberSearchQuery;
import lu.creativecluster.application.port.in.member.MemberSearchResult;
import lu.creativecluster.application.port.out.member.AbstractMemberSearchContractTest;
import lu.creativecluster.application.port.out.member.DuplicateSlugException;
import lu.creativecluster.application.port.out.member.MemberSearch;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.application.port.out.member.SampleMember;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberProfile;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.member.Slug;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Test base: runs the {@link Members} and {@link MemberSearch} contract against {@link JpaMembers}
 * and {@link JpaMemberSearch} on a real database, migrated by the production {@link
 * SchemaMigration} and read through the production persistence unit, and checks what only the
 * database can: the mapping, the search index it keeps and its constraints.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractJpaMembersTest extends AbstractMemberSearchContractTest {

  /** Child tables first, so every foreign key is satisfied while emptying. */
  static final String[] TABLES = {
    "member_search_term",
    "member_event",
    "member_distinct_from",
    "member_market_wanted",
    "member_market_served",
    "member_language",
    "member_social_link",
    "member_portfolio_link",
    "member_skill",
    "member_keyword",
    "member_sector",
    "member_description",
    "member_pitch",
    "member",
    "search_word_variant",
    "search_word"
  };

  private TestStore store;

  /** One adapter for the whole test, as in the server, so its cache sees every write. */
  private JpaMemberSearch search;

  /** Likewise: one records adapter per test, so its record cache is exercised by every test. */
  private JpaMembers members;

  /** Starts an empty, migrated database for this test class. */
  protected abstract TestStore startStore();

  @BeforeAll
  void start() {
    store = startStore();
  }

  @AfterAll
  void stop() {
    if (store != null) {
      store.close();
    }
  }

  @BeforeEach
  void emptyTables() {
    store.empty(TABLES);
    // Rows deleted behind the adapter's back: cached searches must not survive it.
    TestStore.execute(
        store.dataSource(),
        "UPDATE member_directory_state SET generation = generation + 1 WHERE id = 1");
    // One generation for both, at the production interval, as on the server: what the members
    // adapter writes must be seen by the next search and read without waiting for the recheck.
    DirectoryGeneration generation = new DirectoryGeneration();
    search = new JpaMemberSearch(store::entityManager, JpaMemberSearch.CACHED_SEARCHES, generation);
    members = new JpaMembers(store::entityManager, generation);
  }

  @AfterEach
  void closeDetached() {
    store.closeDetached();
  }

  @Override
  protected Members members() {
    return members;
  }

  @Override
  protected MemberSearch search() {
    return search;
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return store.inTransaction(work);
  }

  @Test
  void entityMapping_matchesTheSchemaLiquibaseBuilt() {
    store.validateMapping();
  }

  @Test
  void saving_replacesTheSearchWords_soAnOldNameIsNoLongerFound() {
    Member member = stored(SampleMember.named("Atelier Nord").build());
    member.updateProfile(
        renamed(member, "Studio Süd"), Clock.fixed(SampleMember.T0, ZoneOffset.UTC));

    inTransaction(() -> members().save(member));

    assertEquals(List.of(), names(query("q", "nord")));
    assertEquals(List.of("Studio Süd"), names(query("q", "sud")));
    assertEquals(
        0,
        store.count("SELECT COUNT(*) FROM member_search_term WHERE word = 'atelier'"),
        "the old name's words are gone from the index");
  }

  @Test
  void aCachedSearch_isComputedAfreshAfterAnyWrite() {
    Member member = stored(SampleMember.named("Atelier Nord").build());
    assertEquals(List.of("Atelier Nord"), names(query("q", "atelier")));

    member.suspend(SampleMember.STAFF, SampleMember.T0.plusSeconds(600), "unpaid fees");
    inTransaction(() -> members().save(member));

    assertEquals(List.of(), names(query("q", "atelier")));
    assertEquals(0, query("q", "atelier").page().totalItems());
  }

  @Test
  void aKeptResultCard_showsASaveOnTheNextSearch() {
    Member member = stored(SampleMember.named("Atelier Nord").build());
    assertEquals(List.of("Atelier Nord"), names(query("q", "atelier")));
    assertEquals(List.of("Atelier Nord"), names(query("q", "atelier")));

    member.updateProfile(
        renamed(member, "Atelier Nordlicht"), Clock.fixed(SampleMember.T0, ZoneOffset.UTC));
    inTransaction(() -> members().save(member));

    assertEquals(List.of("Atelier Nordlicht"), names(query("q", "atelier")));
    assertEquals(List.of("Atelier Nordlicht"), names(query("q", "nord")));
  }

  @Test
  void aCachedRecord_isReadAfreshAfterASave_andEveryReaderGetsItsOwnCopy() {
    Member member = stored(SampleMember.named("Atelier Nord").build());
    Slug slug = new Slug("atelier-nord");
    Member first = members().bySlug(slug).orElseThrow();
    Member second = members().bySlug(slug).orElseThrow();
    assertNotSame(first, second);

    first.suspend(SampleMember.STAFF, SampleMember.T0.plusSeconds(600), "unpaid fees");
    assertEquals(member.status(), members().bySlug(slug).orElseThrow().status(), "not saved yet");
    assertEquals(member.status(), second.status());

    inTransaction(() -> members().save(first));

    assertEquals(MemberStatus.SUSPENDED, members().bySlug(slug).orElseThrow().status());
    assertEquals(MemberStatus.SUSPENDED, members().byId(member.id()).orElseThrow().status());
    assertEquals(1, members().byId(member.id()).orElseThrow().version());
  }

  @Test
  void whatARolledBackTransactionRead_isNotServedLater() {
    Member member = stored(SampleMember.named("Atelier Nord").build());
    MemberStatus before = members().byId(member.id()).orElseThrow().status();
    member.suspend(SampleMember.STAFF, SampleMember.T0.plusSeconds(600), "unpaid fees");

    assertThrows(
        IllegalStateException.class,
        () ->
            inTransaction(
                () -> {
                  members().save(member);
                  members().byId(member.id());
                  members().bySlug(member.slug());
                  throw new IllegalStateException("rolled back");
                }));
    // A later commit raises the generation to the number the rolled-back transaction saw.
    stored(SampleMember.named("Atelier Sud").build());

    assertEquals(before, members().byId(member.id()).orElseThrow().status());
    assertEquals(before, members().bySlug(member.slug()).orElseThrow().status());
  }

  @Test
  void pagesBeyondTheCachedIds_areReadFromTheDatabase() {
    inTransaction(
        () -> {
          for (int i = 0; i < ResultCache.FIRST_IDS + 5; i++) {
            members().add(SampleMember.named(String.format("Studio %03d", i)).build());
          }
        });

    MemberSearchResult last = query("q", "studio", "size", "10", "page", "20");

    assertEquals(ResultCache.FIRST_IDS + 5, last.page().totalItems());
    assertEquals(
        List.of("Studio 200", "Studio 201", "Studio 202", "Studio 203", "Studio 204"), names(last));
    assertEquals(List.of("Studio 190"), names(query("q", "studio", "size", "1", "page", "190")));
  }

  @Test
  void schema_refusesAnUnknownStatus() {
    stored(SampleMember.named("Atelier Nord").build());
    assertThrows(SQLException.class, () -> execute("UPDATE member SET status = 'dormant'"));
  }

  @Test
  void schema_refusesAMergedRecordThatNamesNoSurvivor() {
    stored(SampleMember.named("Atelier Nord").build());
    assertThrows(SQLException.class, () -> execute("UPDATE member SET status = 'merged'"));
  }

  @Test
  void aRefusedAddAll_storesNoneOfItsMembers() {
    stored(SampleMember.named("Atelier Nord").build());
    Member other = SampleMember.named("Studio Sud").build();
    Member namesake = SampleMember.named("Atelier Nord").build();

    assertThrows(
        DuplicateSlugException.class,
        () -> inTransaction(() -> members().addAll(List.of(other, namesake))));

    assertEquals(1, store.count("SELECT COUNT(*) FROM member"));
    assertEquals(
        0,
        store.count(
            "SELECT COUNT(*) FROM member_search_term WHERE member_id <> (SELECT id FROM member)"));
  }

  @Test
  void typoVariants_areStoredOncePerWord_whateverTheNumberOfMembers() {
    stored(SampleMember.named("Atelier Nord").build());
    stored(SampleMember.named("Atelier Sud").build());

    assertEquals(1, store.count("SELECT COUNT(*) FROM search_word WHERE word = 'atelier'"));
    // "atelier" itself and its seven one-deletion variants.
    assertEquals(8, store.count("SELECT COUNT(*) FROM search_word_variant WHERE word = 'atelier'"));
  }

  // ------------------------------------------------------- the in-memory index (DirectoryIndex)

  @Test
  void everyKindOfChange_isSeenByTheNextSearchHere_andByAnotherServerWithinTheRecheck() {
    // Another server: its own adapter and index, its generation rechecked once a second.
    Ticker ticker = new Ticker();
    JpaMemberSearch otherServer =
        new JpaMemberSearch(
            store::entityManager,
            JpaMemberSearch.CACHED_SEARCHES,
            new DirectoryGeneration(StampedCache.RECHECK_MILLIS, ticker));
    Member survivor = stored(SampleMember.named("Atelier Nord").build());
    seenEverywhere(otherServer, ticker, List.of("Atelier Nord"), "q", "atelier");

    Member added = stored(SampleMember.named("Atelier Sud").build());
    seenEverywhere(otherServer, ticker, List.of("Atelier Nord", "Atelier Sud"), "q", "atelier");

    Member renamed = members().byId(added.id()).orElseThrow();
    renamed.updateProfile(
        renamed(added, "Atelier Südwind"), Clock.fixed(SampleMember.T0, ZoneOffset.UTC));
    inTransaction(() -> members().save(renamed));
    seenEverywhere(otherServer, ticker, List.of("Atelier Südwind"), "q", "sudwind");
    seenEverywhere(otherServer, ticker, List.of("Atelier Nord", "Atelier Südwind"), "q", "atelier");

    Member suspended = members().byId(added.id()).orElseThrow();
    suspended.suspend(SampleMember.STAFF, SampleMember.T0.plusSeconds(600), "unpaid fees");
    inTransaction(() -> members().save(suspended));
    seenEverywhere(otherServer, ticker, List.of("Atelier Nord"), "q", "atelier");
    seenEverywhere(otherServer, ticker, List.of("Atelier Südwind"), "status", "suspended");

    Member duplicate = stored(SampleMember.named("Atelier Nord Sàrl").applied().build());
    seenEverywhere(otherServer, ticker, List.of("Atelier Nord Sàrl"), "status", "applied");
    survivor.mergeFrom(duplicate, SampleMember.STAFF, SampleMember.T0.plusSeconds(900));
    inTransaction(
        () -> {
          members().save(survivor);
          members().save(duplicate);
        });
    seenEverywhere(otherServer, ticker, List.of(), "status", "applied");
    seenEverywhere(otherServer, ticker, List.of("Atelier Nord Sàrl"), "status", "merged");

    Member current = members().byId(survivor.id()).orElseThrow();
    current.leave(SampleMember.STAFF, SampleMember.T0.plusSeconds(1_000), "closed");
    inTransaction(() -> members().save(current));
    seenEverywhere(otherServer, ticker, List.of(), "q", "atelier");
    seenEverywhere(otherServer, ticker, List.of("Atelier Nord"), "status", "left");
  }

  /** Found at once on this server, and on the other once its recheck interval has passed. */
  private void seenEverywhere(
      JpaMemberSearch otherServer, Ticker ticker, List<String> expected, String... query) {
    assertEquals(expected, names(query(query)), "this server");
    ticker.advanceMillis(StampedCache.RECHECK_MILLIS);
    MemberSearchResult there = otherServer.search(parameters(query));
    assertEquals(expected, names(there), "another server");
    assertEquals(expected.size(), there.page().totalItems(), "another server's total");
    // Each search outside a transaction holds a connection until its entity manager is closed.
    store.closeDetached();
  }

  @Test
  void aRolledBackWrite_leavesNothingInTheIndex() {
    Member member = stored(SampleMember.named("Atelier Nord").build());
    assertEquals(List.of("Atelier Nord"), names(query("q", "atelier")));
    member.updateProfile(
        renamed(member, "Studio Ost"), Clock.fixed(SampleMember.T0, ZoneOffset.UTC));

    assertThrows(
        IllegalStateException.class,
        () ->
            inTransaction(
                () -> {
                  members().save(member);
                  members().add(SampleMember.named("Atelier Phantom").build());
                  // Searched inside the transaction: its own writes, in SQL.
                  assertEquals(List.of("Atelier Phantom"), names(query("q", "atelier")));
                  throw new IllegalStateException("rolled back");
                }));
    // A later commit raises the generation to the number the rolled-back transaction took.
    stored(SampleMember.named("Bureau West").build());

    assertEquals(List.of("Atelier Nord"), names(query("q", "atelier")));
    assertEquals(List.of(), names(query("q", "phantom")));
    assertEquals(List.of(), names(query("q", "ost")));
    assertEquals(List.of("Bureau West"), names(query("q", "west")));
    MemberSearchResult everything = search().search(MemberSearchQuery.everything());
    assertEquals(2, everything.page().totalItems());
    assertEquals(2, everything.facets().get(Facet.KIND).stream().mapToLong(c -> c.count()).sum());
  }

  @Test
  void theIndex_findsRanksAndCountsAsTheSql_forEveryKindOfQuery() {
    seedDirectory();
    stored(
        SampleMember.named("Animation Atelier")
            .sectors("design", "gaming")
            .in("Metz", "FR")
            .languages("fr")
            .markets("LU", "DE")
            .wants("DE")
            .keywords("animation")
            .build());
    stored(SampleMember.named("Animaton Studio").sectors("music").in("Luxembourg", "LU").build());
    DirectoryGeneration everyRead = new DirectoryGeneration(0, System::nanoTime);
    JpaMemberSearch sql = new JpaMemberSearch(store::entityManager, 0, everyRead, false);
    JpaMemberSearch index = new JpaMemberSearch(store::entityManager, 0, everyRead, true);
    List<String[]> queries =
        List.of(
            new String[] {},
            new String[] {"q", "animation"},
            new String[] {"q", "anim"},
            new String[] {"q", "animaton"},
            new String[] {"q", "an"},
            new String[] {"q", "animation studio"},
            new String[] {"q", "keramik"},
            new String[] {"q", "creee"},
            new String[] {"q", "!!!"},
            new String[] {"q", "animation", "sort", "name"},
            new String[] {"q", "animation", "sort", "newest"},
            new String[] {"sort", "newest"},
            new String[] {"sector", "design"},
            new String[] {"sector", "design", "country", "LU"},
            new String[] {"sector", "design", "sector", "gaming", "language", "fr"},
            new String[] {"market", "FR", "kind", "company"},
            new String[] {"q", "animation", "market", "FR", "country", "BE"},
            new String[] {"wants", "DE"},
            new String[] {"keyword", "animation"},
            new String[] {"keyword", "keramik", "status", "applied", "status", "active"},
            new String[] {"country", "NL"},
            new String[] {"size", "2", "page", "1"},
            new String[] {"q", "animation", "size", "1", "page", "2"});
    for (String[] query : queries) {
      MemberSearchQuery q = parameters(query);
      assertEquals(sql.search(q), index.search(q), String.join(" ", query));
      // Each search outside a transaction holds a connection until its entity manager is closed.
      store.closeDetached();
    }
  }

  private static MemberSearchQuery parameters(String... nameValuePairs) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      parameters
          .computeIfAbsent(nameValuePairs[i], k -> new ArrayList<>())
          .add(nameValuePairs[i + 1]);
    }
    return MemberSearchQuery.fromParameters(parameters);
  }

  private static MemberProfile renamed(Member member, String name) {
    var p = member.profile();
    return MemberProfile.builder(
            name, p.kind(), p.sectors(), p.pitch(), p.description(), p.location())
        .build();
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = store.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(sql);
    }
  }
}
