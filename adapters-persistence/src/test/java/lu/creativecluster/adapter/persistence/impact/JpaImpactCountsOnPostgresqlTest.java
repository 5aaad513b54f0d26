package lu.creativecluster.adapter.persistence.impact;

import lu.creativecluster.adapter.persistence.store.TestStore;

/** The impact counts on a real PostgreSQL server started for the tests. */
class JpaImpactCountsOnPostgresqlTest extends AbstractJpaImpactCountsTest {

  @Override
  protected TestStore startStore() {
    return TestStore.postgresql("impact_counts");
  }
}
