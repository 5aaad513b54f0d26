package lu.creativecluster.adapter.persistence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Unit test: readiness follows the selected database and says which one it checked. */
class DatabaseReadinessCheckTest {

  @Test
  void givenReachableDatabase_isUpAndNamesTheStore() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:readiness");

    HealthCheckResponse response = check(h2, StoreKind.H2);

    assertEquals("database", response.getName());
    assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
    assertEquals(Map.of("store", "h2"), response.getData().orElseThrow());
  }

  @Test
  void givenUnreachableDatabase_isDownWithOnlyAShortReason() {
    HealthCheckResponse response = check(UnreachablePostgres.dataSource(), StoreKind.POSTGRESQL);

    assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
    assertEquals(
        Map.of("store", "postgresql", "reason", "no connection (SQLState 08001)"),
        response.getData().orElseThrow());
  }

  private static HealthCheckResponse check(DataSource dataSource, StoreKind kind) {
    return new DatabaseReadinessCheck(() -> dataSource, () -> kind).call();
  }
}
