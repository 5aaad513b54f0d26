package lu.creativecluster.adapter.persistence.store;

import org.hibernate.dialect.DialectDelegateWrapper;

/**
 * Persistence adapter: Hibernate's dialect for the database the cluster runs on, H2 or PostgreSQL,
 * chosen as {@link StoreKind#configured()} chooses. The one persistence unit names this class, so a
 * single Hibernate metamodel is built at deployment, for the database in use, and no database is
 * contacted to find out which (the unit never reads JDBC metadata at boot).
 */
public class ClusterDialect extends DialectDelegateWrapper {

  /** What Hibernate instantiates in the server. */
  public ClusterDialect() {
    this(StoreKind.configured());
  }

  public ClusterDialect(StoreKind kind) {
    super(kind.newDialect());
  }
}
