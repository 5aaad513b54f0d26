package lu.creativecluster.adapter.persistence.store;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * Persistence adapter: the one place that decides which database the cluster runs on (H2 or
 * PostgreSQL) and hands out its EntityManager and DataSource to every JPA adapter.
 *
 * <p>The choice is made once, from the MicroProfile Config property {@value
 * #POSTGRESQL_URL_PROPERTY}, which the environment variable of that name provides. The one
 * persistence unit makes the same choice at deployment ({@link ClusterDialect}, {@link
 * ClusterConnectionProvider}), so only the metamodel of the database in use is built.
 */
@ApplicationScoped
public class ClusterStore {

  public static final String UNIT = "cluster";
  public static final String H2_DATASOURCE = "java:jboss/datasources/ClusterH2DS";
  public static final String POSTGRESQL_DATASOURCE = "java:jboss/datasources/ClusterPostgresDS";
  public static final String POSTGRESQL_URL_PROPERTY = "POSTGRESQL_URL";

  private static final Logger LOG = Logger.getLogger(ClusterStore.class.getName());

  @PersistenceContext(unitName = UNIT)
  private EntityManager entityManager;

  @Resource(lookup = H2_DATASOURCE)
  private DataSource h2DataSource;

  @Resource(lookup = POSTGRESQL_DATASOURCE)
  private DataSource postgresqlDataSource;

  @Inject private Config config;

  private StoreKind kind;

  @PostConstruct
  void choose() {
    kind = StoreKind.selectedBy(config.getOptionalValue(POSTGRESQL_URL_PROPERTY, String.class));
    // The URL may carry credentials as parameters, so only the kind and the JNDI name are logged.
    LOG.info(
        () -> "Cluster store: " + kind.id() + " (datasource " + kind.dataSourceJndiName() + ")");
  }

  public StoreKind kind() {
    return kind;
  }

  /** The container-managed, transaction-scoped EntityManager of the selected database. */
  public EntityManager entityManager() {
    return entityManager;
  }

  public DataSource dataSource() {
    return kind == StoreKind.POSTGRESQL ? postgresqlDataSource : h2DataSource;
  }
}
