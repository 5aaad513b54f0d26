package lu.creativecluster.adapter.persistence.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Persistence adapter: tells the platform the application is ready only while the selected database
 * answers, so a load balancer stops sending visitors to an instance that cannot serve them.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  static final String NAME = "database";
  static final int TIMEOUT_SECONDS = 2;

  private static final Logger LOG = Logger.getLogger(DatabaseReadinessCheck.class.getName());

  private final Supplier<DataSource> dataSource;
  private final Supplier<StoreKind> kind;

  /** For CDI's client proxy only. */
  protected DatabaseReadinessCheck() {
    this(null, null);
  }

  @Inject
  DatabaseReadinessCheck(ClusterStore store) {
    this(store::dataSource, store::kind);
  }

  DatabaseReadinessCheck(Supplier<DataSource> dataSource, Supplier<StoreKind> kind) {
    this.dataSource = dataSource;
    this.kind = kind;
  }

  @Override
  public HealthCheckResponse call() {
    String store = kind.get().id();
    try (Connection connection = dataSource.get().getConnection()) {
      if (connection.isValid(TIMEOUT_SECONDS)) {
        return response(HealthCheckResponse.Status.UP, Map.of("store", store));
      }
      return down(store, "no answer within " + TIMEOUT_SECONDS + " s");
    } catch (SQLException | RuntimeException e) {
      // The probe runs every few seconds: one line for the operator, no stack trace.
      LOG.warning(() -> "The " + store + " store is not reachable: " + e);
      return down(store, reason(e));
    }
  }

  private static String reason(Exception e) {
    if (e instanceof SQLException sql && sql.getSQLState() != null) {
      return "no connection (SQLState " + sql.getSQLState() + ")";
    }
    return "no connection";
  }

  private static HealthCheckResponse down(String store, String reason) {
    return response(HealthCheckResponse.Status.DOWN, Map.of("store", store, "reason", reason));
  }

  // Built directly rather than through HealthCheckResponse.named(): that needs the server's
  // response provider, which plain unit tests do not have.
  private static HealthCheckResponse response(
      HealthCheckResponse.Status status, Map<String, Object> data) {
    return new HealthCheckResponse(NAME, status, Optional.of(data));
  }
}
