package lu.creativecluster.adapter.persistence.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.TestStore;
import lu.creativecluster.application.port.out.project.AbstractProjectsContractTest;
import lu.creativecluster.application.port.out.project.Projects;
import lu.creativecluster.application.port.out.project.SampleProject;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.project.Project;
import lu.creativecluster.domain.project.ProjectId;
import lu.creativecluster.domain.project.ProjectVisibility;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Test base: runs the {@link Projects} contract against {@link JpaProjects} on a real database,
 * migrated by the production changelog, and checks what only the database can: the mapping, exact
 * decimals in the column, and the constraints.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractJpaProjectsTest extends AbstractProjectsContractTest {

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
    store.empty("project_member", "project", "member_sector", "member");
  }

  @AfterEach
  void closeDetached() {
    store.closeDetached();
  }

  @Override
  protected Projects projects() {
    return new JpaProjects(store::entityManager);
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
  void theVolume_isStoredAsAnExactDecimal_andSumsExactlyInTheDatabase() {
    MemberId anna = MemberId.newId();
    for (String volume : new String[] {"0.10", "0.20", "1999.99"}) {
      Project project =
          lu.creativecluster.domain.project.Project.propose(
              lu.creativecluster.domain.project.ProjectId.newId(),
              SampleProject.details("P" + volume, ProjectVisibility.PUBLIC, volume, anna),
              SampleProject.T0);
      store.inTransaction(() -> projects().add(project));
    }

    // 0.1 + 0.2 is 0.30000000000000004 in binary floating point; numeric(14,2) keeps it exact.
    assertEquals(
        "2000.29",
        store.inTransaction(
            () ->
                store
                    .entityManager()
                    .createNativeQuery("SELECT SUM(volume_eur) FROM project")
                    .getSingleResult()
                    .toString()));
  }

  @Test
  void aVolumeWithMoreThanTwoDecimals_isRefusedByTheColumnToo() {
    assertThrows(
        IllegalStateException.class,
        () ->
            TestStore.execute(
                store.dataSource(),
                "INSERT INTO project (id, title_de, title_fr, title_en, description_de,"
                    + " description_fr, description_en, kind, partner_name, partner_industry,"
                    + " partner_size, status, start_date, volume_eur, cluster_role, visibility,"
                    + " created_at, status_changed_at, version) VALUES"
                    + " ('00000000-0000-0000-0000-000000000001', 'a', 'a', 'a', 'a', 'a', 'a',"
                    + " 'export', 'p', 'i', '1', 'idea', DATE '2026-01-01', 1e14, 'matched',"
                    + " 'public', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00',"
                    + " TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 0)"));
  }

  @Test
  void theSectorFilter_findsProjectsWithAnActiveCreativeOfThatSector() {
    MemberId anna = member("anna", "active", "design");
    MemberId ben = member("ben", "active", "music");
    MemberId cleo = member("cleo", "applied", "design");
    Project annas = added("Anna's", ProjectVisibility.PUBLIC, anna);
    Project annasSecret = added("Anna's secret", ProjectVisibility.CONFIDENTIAL, anna);
    Project bens = added("Ben's", ProjectVisibility.PUBLIC, ben, anna);
    added("Cleo's", ProjectVisibility.PUBLIC, cleo);

    assertEquals(
        Set.of(annas.id(), annasSecret.id(), bens.id()),
        store.inTransaction(() -> projects().withActiveCreativeIn(new SectorCode("design"))),
        "Cleo is not active yet");
    assertEquals(
        Set.of(bens.id()),
        store.inTransaction(() -> projects().withActiveCreativeIn(new SectorCode("music"))));
  }

  @Test
  void theKeptPublicList_showsAnEditAndAProjectMadeConfidential_onTheNextRead() {
    // One adapter reads (and keeps) the list; writes go through others, as on other servers.
    JpaProjects reader = new JpaProjects(store::entityManager);
    MemberId creative = MemberId.newId();
    Project first = added("First", ProjectVisibility.PUBLIC, creative);
    assertEquals(List.of("First"), publicTitles(reader));
    assertEquals(List.of("First"), publicTitles(reader), "kept");

    Project read = projects().byId(first.id()).orElseThrow();
    read.revise(SampleProject.details("Renamed", ProjectVisibility.PUBLIC, "10.00", creative));
    store.inTransaction(() -> projects().save(read));
    assertEquals(List.of("Renamed"), publicTitles(reader));

    Project hidden = projects().byId(first.id()).orElseThrow();
    hidden.revise(
        SampleProject.details("Renamed", ProjectVisibility.CONFIDENTIAL, "10.00", creative));
    store.inTransaction(() -> projects().save(hidden));
    assertEquals(List.of(), publicTitles(reader));
  }

  private List<String> publicTitles(JpaProjects reader) {
    return store.inTransaction(
        () -> reader.publicOnes().stream().map(p -> p.details().title().in(Language.EN)).toList());
  }

  private Project added(String title, ProjectVisibility visibility, MemberId... creatives) {
    Project project =
        Project.propose(
            ProjectId.newId(),
            SampleProject.details(title, visibility, "100.00", creatives),
            SampleProject.T0);
    store.inTransaction(() -> projects().add(project));
    return project;
  }

  /** A member row as the member adapter stores it, reduced to what the filter reads. */
  private MemberId member(String name, String status, String sector) {
    MemberId id = MemberId.newId();
    TestStore.execute(
        store.dataSource(),
        "INSERT INTO member (id, slug, display_name, name_key, name_normalised, kind, commune,"
            + " country, wants_export_help, legal_name, registration_number, internal_notes,"
            + " status, applied_at, version) VALUES ('"
            + id
            + "', '"
            + name
            + "', '"
            + name
            + "', '"
            + name
            + "', '"
            + name
            + "', 'freelancer', 'Esch', 'LU', FALSE, '"
            + name
            + "', '', '', '"
            + status
            + "', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 0)");
    TestStore.execute(
        store.dataSource(),
        "INSERT INTO member_sector (member_id, position, sector_code) VALUES ('"
            + id
            + "', 0, '"
            + sector
            + "')");
    return id;
  }
}
