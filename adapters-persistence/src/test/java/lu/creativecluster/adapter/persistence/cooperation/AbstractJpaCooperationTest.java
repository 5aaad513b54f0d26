package lu.creativecluster.adapter.persistence.cooperation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.member.MembersForTests;
import lu.creativecluster.adapter.persistence.mission.MissionsForTests;
import lu.creativecluster.adapter.persistence.store.TestStore;
import lu.creativecluster.adapter.persistence.store.Ticker;
import lu.creativecluster.application.port.out.cooperation.AbstractCooperationContractTest;
import lu.creativecluster.application.port.out.cooperation.ExportFigures;
import lu.creativecluster.application.port.out.cooperation.ExportMarkets;
import lu.creativecluster.application.port.out.cooperation.MarketMember;
import lu.creativecluster.application.port.out.cooperation.Partners;
import lu.creativecluster.application.port.out.cooperation.SampleCooperation;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.application.port.out.mission.MissionCriteria;
import lu.creativecluster.application.port.out.mission.MissionMembers;
import lu.creativecluster.application.port.out.mission.Missions;
import lu.creativecluster.domain.cooperation.PartnerOrganisation;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.mission.Mission;
import lu.creativecluster.domain.mission.MissionStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Test base: runs the cooperation contract against {@link JpaPartners}, the JPA missions and {@link
 * JpaExportMarkets} on a real database migrated by the production changelog, and checks what only
 * the database can: the mapping, the constraints, and that the figures stay fast with thousands of
 * members.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractJpaCooperationTest extends AbstractCooperationContractTest {

  private static final String[] OWN_TABLES = {
    "mission_application",
    "mission_sector",
    "mission_text",
    "mission",
    "partner_cooperation",
    "partner_language",
    "partner_sector",
    "partner_organisation"
  };

  private TestStore store;

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
    List<String> tables = new ArrayList<>(Arrays.asList(OWN_TABLES));
    tables.addAll(Arrays.asList(MembersForTests.tables()));
    store.empty(tables.toArray(String[]::new));
  }

  @AfterEach
  void closeDetached() {
    store.closeDetached();
  }

  @Override
  protected Partners partners() {
    return new JpaPartners(store::entityManager);
  }

  @Override
  protected Missions missions() {
    return MissionsForTests.on(store::entityManager);
  }

  @Override
  protected Members members() {
    return MembersForTests.on(store::entityManager);
  }

  @Override
  protected MissionMembers missionMembers() {
    return MissionsForTests.members(store::entityManager);
  }

  @Override
  protected ExportMarkets exportMarkets() {
    return new JpaExportMarkets(store::entityManager);
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return store.inTransaction(work);
  }

  // The adapters keep the public read model between requests (StampedCache) and ask the database
  // for its stamp at most once a second. A second adapter instance writing stands for another
  // server: the reader sees its commits once the second has passed; the writer sees them at once.

  @Test
  void cachedPartners_showWhatAnotherServerCommitted_withinTheRecheckInterval() {
    Ticker ticker = new Ticker();
    JpaPartners reader = new JpaPartners(store::entityManager, 1_000, ticker);
    JpaPartners writer = new JpaPartners(store::entityManager, 1_000, ticker);
    PartnerOrganisation first = SampleCooperation.partner("Atelier A", "FR");
    inTransaction(() -> writer.add(first));
    assertEquals(1, inTransaction(() -> reader.list(Optional.empty())).size());
    assertEquals(1, inTransaction(() -> writer.list(Optional.empty())).size());

    inTransaction(
        () -> {
          PartnerOrganisation p = writer.byId(first.id()).orElseThrow();
          p.archive();
          writer.save(p);
        });
    assertTrue(
        inTransaction(() -> writer.list(Optional.empty())).get(0).archived(),
        "the server that wrote sees its write on its next read");
    ticker.advanceMillis(999);
    assertFalse(
        inTransaction(() -> reader.list(Optional.empty())).get(0).archived(),
        "another server may serve what it read for up to the interval");
    ticker.advanceMillis(1);
    assertTrue(inTransaction(() -> reader.list(Optional.empty())).get(0).archived());

    inTransaction(() -> writer.add(SampleCooperation.partner("Studio B", "DE")));
    ticker.advanceMillis(1_000);
    assertEquals(2, inTransaction(() -> reader.list(Optional.empty())).size());
    assertEquals(
        List.of("Studio B"),
        inTransaction(() -> reader.list(Optional.of(CountryCode.of("DE")))).stream()
            .map(p -> p.details().name())
            .toList());
  }

  @Test
  void cachedPartners_seeTheirOwnWrite_evenWhenARead_ranBetweenTheWriteAndItsCommit() {
    Ticker ticker = new Ticker();
    JpaPartners adapter = new JpaPartners(store::entityManager, 1_000, ticker);
    PartnerOrganisation first = SampleCooperation.partner("Atelier A", "FR");
    inTransaction(() -> adapter.add(first));
    inTransaction(
        () -> {
          PartnerOrganisation p = adapter.byId(first.id()).orElseThrow();
          p.archive();
          adapter.save(p);
          // Another request reads (in a transaction of its own) before this one commits: it
          // asks for the stamp, sees the state from before the write, and may keep it.
          inTransaction(
              () ->
                  assertFalse(
                      adapter.list(Optional.empty()).get(0).archived(),
                      "an uncommitted write is not visible to another transaction"));
        });
    assertTrue(inTransaction(() -> adapter.list(Optional.empty())).get(0).archived());
  }

  @Test
  void cachedPartners_keepNothingOfARolledBackWrite() {
    JpaPartners adapter = new JpaPartners(store::entityManager);
    PartnerOrganisation a = SampleCooperation.partner("Atelier A", "FR");
    PartnerOrganisation b = SampleCooperation.partner("Studio B", "FR");
    inTransaction(() -> adapter.add(a));
    inTransaction(() -> adapter.add(b));
    inTransaction(() -> adapter.list(Optional.empty()));

    assertThrows(
        IllegalStateException.class,
        () ->
            inTransaction(
                () -> {
                  PartnerOrganisation p = adapter.byId(a.id()).orElseThrow();
                  p.archive();
                  adapter.save(p);
                  assertTrue(
                      adapter.list(Optional.empty()).stream().anyMatch(x -> x.archived()),
                      "a transaction reads its own write");
                  throw new IllegalStateException("roll back");
                }));
    // A committed save of the other partner reaches the same row count and version sum.
    inTransaction(
        () -> {
          adapter.save(adapter.byId(b.id()).orElseThrow());
        });

    assertTrue(
        inTransaction(() -> adapter.list(Optional.empty())).stream().noneMatch(x -> x.archived()));
  }

  @Test
  void cachedPartners_areNotChangedByWhatACallerDoesToTheCopyItGot() {
    JpaPartners adapter = new JpaPartners(store::entityManager);
    inTransaction(() -> adapter.add(SampleCooperation.partner("Atelier A", "FR")));
    inTransaction(() -> adapter.list(Optional.empty())).get(0).archive();

    assertTrue(
        inTransaction(() -> adapter.list(Optional.empty())).stream().noneMatch(x -> x.archived()));
  }

  @Test
  void cachedMissions_showWhatAnotherServerCommitted_withinTheRecheckInterval() {
    Ticker ticker = new Ticker();
    Missions reader = MissionsForTests.on(store::entityManager, 1_000, ticker);
    Mission mission = SampleCooperation.openMission("FR", 3);
    inTransaction(() -> missions().add(mission));
    MissionCriteria open =
        new MissionCriteria(
            Set.of(MissionStatus.OPEN),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertEquals(1, inTransaction(() -> reader.find(open, false, 0, 20)).total());
    assertEquals(
        MissionStatus.OPEN, inTransaction(() -> reader.byId(mission.id())).orElseThrow().status());

    inTransaction(
        () -> {
          Mission m = missions().byId(mission.id()).orElseThrow();
          m.close();
          missions().save(m);
        });

    assertEquals(1, inTransaction(() -> reader.find(open, false, 0, 20)).total());
    ticker.advanceMillis(1_000);
    assertEquals(0, inTransaction(() -> reader.find(open, false, 0, 20)).total());
    assertEquals(
        MissionStatus.CLOSED,
        inTransaction(() -> reader.byId(mission.id())).orElseThrow().status());
  }

  @Test
  void entityMapping_matchesTheSchemaLiquibaseBuilt() {
    store.validateMapping();
  }

  @Test
  void schema_refusesAMissionEndingBeforeItStarts() {
    Mission mission = SampleCooperation.openMission("FR", 3);
    inTransaction(() -> missions().add(mission));
    assertThrows(
        SQLException.class,
        () -> execute("UPDATE mission SET end_date = start_date - 1"),
        "the database keeps the domain's date rule too");
  }

  @Test
  void schema_refusesASecondApplicationOfTheSameMember() {
    Mission mission = SampleCooperation.openMission("FR", 3);
    mission.apply(
        lu.creativecluster.domain.member.MemberId.newId(),
        "We want to sell in France.",
        lu.creativecluster.domain.shared.Language.EN,
        true,
        SampleCooperation.BEFORE_DEADLINE,
        SampleCooperation.T0);
    inTransaction(() -> missions().add(mission));
    assertThrows(
        SQLException.class,
        () ->
            execute(
                "INSERT INTO mission_application (mission_id, member_id, motivation, language,"
                    + " applied_at, status, listed_publicly) SELECT mission_id, member_id,"
                    + " motivation, language, applied_at, status, listed_publicly FROM"
                    + " mission_application"));
  }

  /**
   * Three thousand members with export profiles, written straight into the member tables (the
   * member adapter's search index would make the set-up, not the figures, the slow part): the
   * figures come from grouped queries, so they take as many statements for three thousand members
   * as for none (their speed is the benchmark's to measure, not a timed test's).
   */
  @Test
  void figures_ofThousandsOfMembers_comeFromAsManyStatementsAsForNone() throws SQLException {
    long figuresWhenEmpty = store.statementsDuring(() -> exportMarkets().figures());
    long marketWhenEmpty =
        store.statementsDuring(() -> exportMarkets().membersIn(CountryCode.of("FR")));
    String[] markets = {"FR", "DE", "BE", "NL", "IT", "ES", "JP", "US", "CH", "AT"};
    String[] sectors = {"design", "music", "architecture", "crafts-manufacturing", "gaming"};
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement member =
            c.prepareStatement(
                "INSERT INTO member (id, slug, display_name, name_key, name_normalised, kind,"
                    + " commune, country, wants_export_help, legal_name, registration_number,"
                    + " internal_notes, status, applied_at, version) VALUES (?, ?, ?, ?, ?,"
                    + " 'company', 'Luxembourg', 'LU', TRUE, '', '', '', 'active', ?, 0)");
        PreparedStatement sector =
            c.prepareStatement(
                "INSERT INTO member_sector (member_id, position, sector_code) VALUES (?, 0, ?)");
        PreparedStatement served =
            c.prepareStatement(
                "INSERT INTO member_market_served (member_id, country) VALUES (?, ?)");
        PreparedStatement wanted =
            c.prepareStatement(
                "INSERT INTO member_market_wanted (member_id, country) VALUES (?, ?)")) {
      for (int i = 0; i < 3000; i++) {
        java.util.UUID id = java.util.UUID.randomUUID();
        String name = "member " + i;
        member.setObject(1, id);
        member.setString(2, "member-" + i);
        member.setString(3, name);
        member.setString(4, name);
        member.setString(5, name);
        member.setObject(6, java.time.OffsetDateTime.parse("2026-01-01T00:00:00Z"));
        member.addBatch();
        sector.setObject(1, id);
        sector.setString(2, sectors[i % sectors.length]);
        sector.addBatch();
        for (String market : new String[] {markets[i % 10], markets[(i + 3) % 10]}) {
          served.setObject(1, id);
          served.setString(2, market);
          served.addBatch();
        }
        wanted.setObject(1, id);
        wanted.setString(2, markets[(i + 5) % 10]);
        wanted.addBatch();
      }
      member.executeBatch();
      sector.executeBatch();
      served.executeBatch();
      wanted.executeBatch();
    }
    ExportFigures[] read = new ExportFigures[1];
    long figuresStatements = store.statementsDuring(() -> read[0] = exportMarkets().figures());
    ExportFigures figures = read[0];

    assertEquals(3000, figures.activeMembers());
    assertEquals(3000, figures.exportingMembers());
    assertEquals(10, figures.markets().size());
    assertEquals(600, figures.markets().get(0).serving(), "each market is served by a fifth");
    assertEquals(300, figures.markets().get(0).wanting(), "and wanted by a tenth");
    assertEquals(figuresWhenEmpty, figuresStatements, "statements for the figures");
    List<List<MarketMember>> inFrance = new java.util.ArrayList<>();
    long marketStatements =
        store.statementsDuring(() -> inFrance.add(exportMarkets().membersIn(CountryCode.of("FR"))));
    assertEquals(900, inFrance.get(0).size());
    assertEquals(marketWhenEmpty, marketStatements, "statements for the members of one market");
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = store.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(sql);
    }
  }
}
