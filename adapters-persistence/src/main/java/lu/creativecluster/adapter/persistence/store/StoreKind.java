package lu.creativecluster.adapter.persistence.store;

import java.util.Optional;

/**
 * Persistence adapter: the two databases the cluster can run on, each with its persistence unit and
 * container datasource.
 */
public enum StoreKind {
  H2("h2", ClusterStore.H2_UNIT, ClusterStore.H2_DATASOURCE),
  POSTGRESQL("postgresql", ClusterStore.POSTGRESQL_UNIT, ClusterStore.POSTGRESQL_DATASOURCE);

  private final String id;
  private final String persistenceUnit;
  private final String dataSourceJndiName;

  StoreKind(String id, String persistenceUnit, String dataSourceJndiName) {
    this.id = id;
    this.persistenceUnit = persistenceUnit;
    this.dataSourceJndiName = dataSourceJndiName;
  }

  /**
   * PostgreSQL as soon as an operator gives its URL, otherwise the embedded H2 file database, so a
   * fresh install runs with no setup at all.
   */
  public static StoreKind selectedBy(Optional<String> postgresqlUrl) {
    return postgresqlUrl.filter(url -> !url.isBlank()).isPresent() ? POSTGRESQL : H2;
  }

  /** Short lower-case name, as shown in health reports and logs. */
  public String id() {
    return id;
  }

  public String persistenceUnit() {
    return persistenceUnit;
  }

  public String dataSourceJndiName() {
    return dataSourceJndiName;
  }
}
