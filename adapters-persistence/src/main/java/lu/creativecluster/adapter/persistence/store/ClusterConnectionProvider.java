package lu.creativecluster.adapter.persistence.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/**
 * Persistence adapter: hands Hibernate the connections of the container datasource of the database
 * the cluster runs on ({@link StoreKind#configured()}), so the one persistence unit serves H2 and
 * PostgreSQL alike. The datasources are the server's JTA-aware pools, which enlist every connection
 * in the current transaction themselves.
 */
public class ClusterConnectionProvider implements ConnectionProvider {

  private static final long serialVersionUID = 1L;

  private final StoreKind kind = StoreKind.configured();

  // Looked up on first use: at deployment the unit must not wait for, or touch, the database.
  private transient volatile DataSource dataSource;

  @Override
  public Connection getConnection() throws SQLException {
    return dataSource().getConnection();
  }

  @Override
  public void closeConnection(Connection connection) throws SQLException {
    connection.close();
  }

  /** The container pool takes a connection back after each statement and enlists it again. */
  @Override
  public boolean supportsAggressiveRelease() {
    return true;
  }

  @Override
  public boolean isUnwrappableAs(Class<?> type) {
    return type.isAssignableFrom(getClass()) || type.isAssignableFrom(DataSource.class);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T unwrap(Class<T> type) {
    if (type.isAssignableFrom(getClass())) {
      return (T) this;
    }
    if (type.isAssignableFrom(DataSource.class)) {
      return (T) dataSource();
    }
    throw new IllegalArgumentException("cannot unwrap " + type);
  }

  private DataSource dataSource() {
    DataSource found = dataSource;
    if (found == null) {
      try {
        found = InitialContext.doLookup(kind.dataSourceJndiName());
      } catch (NamingException e) {
        throw new IllegalStateException("no datasource " + kind.dataSourceJndiName(), e);
      }
      dataSource = found;
    }
    return found;
  }
}
