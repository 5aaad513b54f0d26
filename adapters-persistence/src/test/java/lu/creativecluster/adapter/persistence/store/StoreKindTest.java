package lu.creativecluster.adapter.persistence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Unit test: which database the cluster picks from its configuration. */
class StoreKindTest {

  @Test
  void givenNoPostgresqlUrl_selectsH2() {
    assertEquals(StoreKind.H2, StoreKind.selectedBy(Optional.empty()));
  }

  @Test
  void givenBlankPostgresqlUrl_selectsH2() {
    assertEquals(StoreKind.H2, StoreKind.selectedBy(Optional.of("  ")));
  }

  @Test
  void givenPostgresqlUrl_selectsPostgresql() {
    assertEquals(
        StoreKind.POSTGRESQL,
        StoreKind.selectedBy(Optional.of("jdbc:postgresql://db.example:5432/cluster")));
  }

  @Test
  void eachKind_namesItsOwnUnitAndDatasource() {
    assertEquals("cluster-h2", StoreKind.H2.persistenceUnit());
    assertEquals("java:jboss/datasources/ClusterH2DS", StoreKind.H2.dataSourceJndiName());
    assertEquals("cluster-postgresql", StoreKind.POSTGRESQL.persistenceUnit());
    assertEquals(
        "java:jboss/datasources/ClusterPostgresDS", StoreKind.POSTGRESQL.dataSourceJndiName());
  }
}
