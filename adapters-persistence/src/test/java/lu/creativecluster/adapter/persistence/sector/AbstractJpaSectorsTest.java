package lu.creativecluster.adapter.persistence.sector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import lu.creativecluster.adapter.persistence.store.ClusterStore;
import lu.creativecluster.adapter.persistence.store.SchemaMigration;
import lu.creativecluster.adapter.persistence.store.StoreKind;
import lu.creativecluster.adapter.persistence.store.TestStore;
import lu.creativecluster.application.port.out.sector.AbstractSectorsContractTest;
import lu.creativecluster.application.port.out.sector.Sectors;
import lu.creativecluster.domain.sector.SectorCode;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Test base: runs the {@link Sectors} contract against {@link JpaSectors} on a real database,
 * migrated by the production {@link SchemaMigration} and read through the production persistence
 * unit, bootstrapped outside the container as RESOURCE_LOCAL on the test's DataSource.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractJpaSectorsTest extends AbstractSectorsContractTest {

  private DataSource dataSource;
  private EntityManagerFactory entityManagerFactory;
  private EntityManager entityManager;

  /** Starts an empty database for this test class. */
  protected abstract DataSource startDatabase() throws Exception;

  protected abstract void stopDatabase() throws Exception;

  /** The database this test runs the production persistence unit on. */
  protected abstract StoreKind storeKind();

  @BeforeAll
  void migrateAndBootstrap() throws Exception {
    dataSource = startDatabase();
    SchemaMigration.migrate(dataSource);
    entityManagerFactory =
        Persistence.createEntityManagerFactory(ClusterStore.UNIT, settings(dataSource));
  }

  private Map<String, Object> settings(DataSource dataSource) {
    Map<String, Object> settings =
        new HashMap<>(TestStore.outsideTheServer(storeKind(), dataSource));
    settings.put("hibernate.generate_statistics", "true");
    return settings;
  }

  @AfterAll
  void closeAndStop() throws Exception {
    if (entityManagerFactory != null) {
      entityManagerFactory.close();
    }
    stopDatabase();
  }

  @BeforeEach
  void openEntityManager() {
    entityManager = entityManagerFactory.createEntityManager();
  }

  @AfterEach
  void closeEntityManager() {
    entityManager.close();
  }

  @Override
  protected Sectors sectors() {
    return new JpaSectors(() -> entityManager);
  }

  @Override
  protected void migrateSchemaAgain() {
    SchemaMigration.migrate(dataSource);
  }

  @Test
  void all_readsSectorsTextsAndNaceClassesInOneStatement() {
    Statistics statistics = statistics();
    statistics.clear();

    sectors().all();

    assertEquals(1, statistics.getPrepareStatementCount());
  }

  @Test
  void byCode_readsTheSectorInOneStatement() {
    Statistics statistics = statistics();
    statistics.clear();

    sectors().byCode(new SectorCode("music"));

    assertEquals(1, statistics.getPrepareStatementCount());
  }

  @Test
  void entityMapping_matchesTheSchemaLiquibaseBuilt() {
    // Throws SchemaManagementException on a missing table or column or a type mismatch.
    entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
  }

  @Test
  void migratingTheSchemaAgain_appliesNoChangeset() throws SQLException {
    int applied = appliedChangesets();

    migrateSchemaAgain();

    assertEquals(applied, appliedChangesets());
  }

  private Statistics statistics() {
    return entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
  }

  private int appliedChangesets() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM databasechangelog")) {
      count.next();
      return count.getInt(1);
    }
  }
}
