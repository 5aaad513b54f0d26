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
 * <p>Both persistence units are deployed (their dialects are fixed and they never read JDBC
 * metadata at boot, so the unused database is never contacted); the choice is made once, from the
 * MicroProfile Config property {@value #POSTGRESQL_URL_PROPERTY}, which the environment variable of
 * that name provides.
 */
@ApplicationScoped
public class ClusterStore {

  public static final String H2_UNIT = "cluster-h2";
  public static final String POSTGRESQL_UNIT = "cluster-postgresql";
  public static final String H2_DATASOURCE = "java:jboss/datasources/ClusterH2DS";
  public static final String POSTGRESQL_DATASOURCE = "java:jboss/datasources/ClusterPostgresDS";
  public static final String POSTGRESQL_URL_PROPERTY = "POSTGRESQL_URL";

  private static final Logger LOG = Logger.getLogger(ClusterStore.class.getName());

  @PersistenceContext(unitName = H2_UNIT)
  private EntityManager h2EntityManager;

  @PersistenceContext(unitName = POSTGRESQL_UNIT)
  private EntityManager postgresqlEntityManager;

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
        () ->
            "Cluster store: "
                + kind.id()
                + " (datasource "
                + kind.dataSourceJndiName()
                + ", persistence unit "
                + kind.persistenceUnit()
                + ")");
  }

  public StoreKind kind() {
    return kind;
  }

  /** The container-managed, transaction-scoped EntityManager of the selected database. */
  public EntityManager entityManager() {
    return kind == StoreKind.POSTGRESQL ? postgresqlEntityManager : h2EntityManager;
  }

  public DataSource dataSource() {
    return kind == StoreKind.POSTGRESQL ? postgresqlDataSource : h2DataSource;
  }
}
