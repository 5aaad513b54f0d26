package lu.creativecluster.adapter.persistence.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.SchemaMigration;
import lu.creativecluster.adapter.persistence.store.TestStore;
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
