package lu.creativecluster.adapter.persistence.sector;

import javax.sql.DataSource;
import lu.creativecluster.adapter.persistence.store.SharedPostgres;
import lu.creativecluster.adapter.persistence.store.StoreKind;
import org.h2.jdbcx.JdbcConnectionPool;

/** Contract test: the JPA sectors adapter on a real PostgreSQL server started for the tests. */
class JpaSectorsOnPostgresqlTest extends AbstractJpaSectorsTest {

  private JdbcConnectionPool database;

  @Override
  protected DataSource startDatabase() {
    database = SharedPostgres.newDatabase("sectors_contract");
    return database;
  }

  @Override
  protected void stopDatabase() {
    if (database != null) {
      database.dispose();
    }
  }

  @Override
  protected StoreKind storeKind() {
    return StoreKind.POSTGRESQL;
  }
}
