package lu.creativecluster.adapter.persistence.sector;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import lu.creativecluster.adapter.persistence.store.ClusterStore;

/** Contract test: the JPA sectors adapter on a real PostgreSQL server started for the test. */
class JpaSectorsOnPostgresqlTest extends AbstractJpaSectorsTest {

  private EmbeddedPostgres postgres;

  @Override
  protected DataSource startDatabase() throws Exception {
    postgres = EmbeddedPostgres.start();
    return postgres.getPostgresDatabase();
  }

  @Override
  protected void stopDatabase() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Override
  protected String persistenceUnit() {
    return ClusterStore.POSTGRESQL_UNIT;
  }
}
