package lu.creativecluster.adapter.persistence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Optional;
import org.hibernate.dialect.DialectDelegateWrapper;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
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
  void eachKind_namesItsOwnDatasourceAndDialect() {
    assertEquals("java:jboss/datasources/ClusterH2DS", StoreKind.H2.dataSourceJndiName());
    assertInstanceOf(H2Dialect.class, StoreKind.H2.newDialect());
    assertEquals(
        "java:jboss/datasources/ClusterPostgresDS", StoreKind.POSTGRESQL.dataSourceJndiName());
    assertInstanceOf(PostgreSQLDialect.class, StoreKind.POSTGRESQL.newDialect());
  }

  @Test
  void theClusterDialect_isTheDialectOfItsKind() {
    assertInstanceOf(
        H2Dialect.class,
        DialectDelegateWrapper.extractRealDialect(new ClusterDialect(StoreKind.H2)));
    assertInstanceOf(
        PostgreSQLDialect.class,
        DialectDelegateWrapper.extractRealDialect(new ClusterDialect(StoreKind.POSTGRESQL)));
  }
}
