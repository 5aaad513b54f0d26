package lu.creativecluster.adapter.persistence.store;

import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.PostgreSQLDialect;

/**
 * Persistence adapter: the two databases the cluster can run on, each with its container datasource
 * and Hibernate dialect.
 */
public enum StoreKind {
  H2("h2", ClusterStore.H2_DATASOURCE, H2Dialect::new),
  POSTGRESQL("postgresql", ClusterStore.POSTGRESQL_DATASOURCE, PostgreSQLDialect::new);

  private final String id;
  private final String dataSourceJndiName;
  private final Supplier<Dialect> dialect;

  StoreKind(String id, String dataSourceJndiName, Supplier<Dialect> dialect) {
    this.id = id;
    this.dataSourceJndiName = dataSourceJndiName;
    this.dialect = dialect;
  }

  /**
   * The kind the deployment's configuration selects, for Hibernate's bootstrap, which runs before
   * CDI and reads the same property as {@link ClusterStore}.
   */
  static StoreKind configured() {
    return selectedBy(
        ConfigProvider.getConfig(StoreKind.class.getClassLoader())
            .getOptionalValue(ClusterStore.POSTGRESQL_URL_PROPERTY, String.class));
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

  /** A new Hibernate dialect of this database, at the oldest version Hibernate supports. */
  public Dialect newDialect() {
    return dialect.get();
  }

  public String dataSourceJndiName() {
    return dataSourceJndiName;
  }
}
