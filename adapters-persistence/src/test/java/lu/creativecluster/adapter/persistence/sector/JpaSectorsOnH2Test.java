package lu.creativecluster.adapter.persistence.sector;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import lu.creativecluster.adapter.persistence.store.StoreKind;
import org.h2.jdbcx.JdbcDataSource;

/** Contract test: the JPA sectors adapter on H2, the database a fresh install runs on. */
class JpaSectorsOnH2Test extends AbstractJpaSectorsTest {

  private JdbcDataSource dataSource;

  @Override
  protected DataSource startDatabase() {
    dataSource = new JdbcDataSource();
    // Kept open between connections, as the server's file database is.
    dataSource.setURL("jdbc:h2:mem:sectors-contract;DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    return dataSource;
  }

  @Override
  protected void stopDatabase() throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }

  @Override
  protected StoreKind storeKind() {
    return StoreKind.H2;
  }
}
