package lu.creativecluster.adapter.persistence.impact;

import lu.creativecluster.adapter.persistence.store.TestStore;

/** The impact counts on H2, the database a fresh install runs on. */
class JpaImpactCountsOnH2Test extends AbstractJpaImpactCountsTest {

  @Override
  protected TestStore startStore() {
    return TestStore.h2("impact_counts");
  }
}
