package lu.creativecluster.adapter.persistence.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl;
import org.hibernate.stat.Statistics;

/**
 * Test fixture: a migrated database (H2 in memory or a database of its own on one embedded
 * PostgreSQL server shared by the test run) read through the production persistence unit, whose
 * EntityManagers behave like the container's transaction-scoped one: one persistence context per
 * transaction, and outside a transaction a fresh one for every use, so read entities come back
 * detached.
 */
public final class TestStore implements AutoCloseable {

  private final DataSource dataSource;
  private final Runnable onClose;
  private final EntityManagerFactory entityManagerFactory;
  private final ThreadLocal<EntityManager> transactional = new ThreadLocal<>();
  private final List<EntityManager> nonTransactional = new ArrayList<>();

  private TestStore(DataSource dataSource, StoreKind kind, boolean migrated, Runnable onClose) {
    this.dataSource = dataSource;
    this.onClose = onClose;
    if (!migrated) {
      SchemaMigration.migrate(dataSource);
    }
    Map<String, Object> settings = new HashMap<>(outsideTheServer(kind, dataSource));
    settings.put("hibernate.generate_statistics", "true");
    // Statistics for statementsDuring only: not a dozen log lines at the end of every session
    // (tens of thousands per run, each formatted and carried to the build log).
    settings.put("hibernate.session.events.log", "false");
    this.entityManagerFactory = Persistence.createEntityManagerFactory(ClusterStore.UNIT, settings);
  }

  /**
   * The settings that run the production unit outside the server: local transactions on the given
   * datasource instead of JTA and the container's pool, and the dialect of the given kind through
   * the same {@link ClusterDialect} as in the server, instead of the one the configuration selects.
   */
  public static Map<String, Object> outsideTheServer(StoreKind kind, DataSource dataSource) {
    return Map.of(
        "jakarta.persistence.transactionType",
        "RESOURCE_LOCAL",
        "jakarta.persistence.nonJtaDataSource",
        dataSource,
        "hibernate.connection.provider_class",
        DatasourceConnectionProviderImpl.class.getName(),
        "hibernate.dialect",
        new ClusterDialect(kind));
  }

  /** A fresh in-memory H2 database of this name, migrated. */
  public static TestStore h2(String name) {
    JdbcDataSource h2 = new JdbcDataSource();
    // Kept open between connections, as the server's file database is.
    h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    return new TestStore(h2, StoreKind.H2, false, () -> execute(h2, "SHUTDOWN"));
  }

  /**
   * A fresh database of this name on the shared PostgreSQL server, migrated (a copy of the run's
   * migrated template, see {@link SharedPostgres#newMigratedDatabase}).
   */
  public static TestStore postgresql(String name) {
    JdbcConnectionPool pool = SharedPostgres.newMigratedDatabase(name);
    return new TestStore(pool, StoreKind.POSTGRESQL, true, pool::dispose);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * How many SQL statements the work prepares: how a test shows that a read scales (the same count
   * for three rows as for three thousand) without timing it.
   */
  public long statementsDuring(Runnable work) {
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    statistics.clear();
    work.run();
    return statistics.getPrepareStatementCount();
  }

  /** What the adapters get from {@link ClusterStore#entityManager()}. */
  public EntityManager entityManager() {
    EntityManager current = transactional.get();
    if (current != null) {
      return current;
    }
    EntityManager detached = entityManagerFactory.createEntityManager();
    synchronized (nonTransactional) {
      nonTransactional.add(detached);
    }
    return detached;
  }

  /**
   * Runs the work in a new transaction of its own (even inside another one, as REQUIRES_NEW would),
   * committed when the work returns and rolled back when it throws, as {@code @Transactional} does.
   */
  public <T> T inTransaction(Supplier<T> work) {
    EntityManager outer = transactional.get();
    EntityManager entityManager = entityManagerFactory.createEntityManager();
    transactional.set(entityManager);
    EntityTransaction transaction = entityManager.getTransaction();
    try {
      transaction.begin();
      T result = work.get();
      if (transaction.getRollbackOnly()) {
        transaction.rollback();
        throw new IllegalStateException("the transaction was marked for rollback");
      }
      transaction.commit();
      return result;
    } catch (RuntimeException | Error e) {
      if (transaction.isActive()) {
        transaction.rollback();
      }
      throw e;
    } finally {
      entityManager.close();
      if (outer == null) {
        transactional.remove();
      } else {
        transactional.set(outer);
      }
    }
  }

  public void inTransaction(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  /** Joins the current transaction or runs in one of its own, as {@code @Transactional} does. */
  public <T> T inRequiredTransaction(Supplier<T> work) {
    return transactional.get() != null ? work.get() : inTransaction(work);
  }

  /** Runs the schema migration once more, as a redeployment would. */
  public void migrateAgain() {
    SchemaMigration.migrate(dataSource);
  }

  /** Deletes every row of these tables, in this order, between tests. */
  public void empty(String... tables) {
    for (String table : tables) {
      execute(dataSource, "DELETE FROM " + table);
    }
  }

  public int appliedChangesets() {
    return Math.toIntExact(count("SELECT COUNT(*) FROM databasechangelog"));
  }

  /** The single number a query returns, read over plain JDBC, bypassing JPA. */
  public long count(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Throws on a missing table or column or a type mismatch between mapping and schema. */
  public void validateMapping() {
    entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
  }

  /** Closes the persistence contexts opened outside transactions, as the end of a request would. */
  public void closeDetached() {
    synchronized (nonTransactional) {
      nonTransactional.forEach(EntityManager::close);
      nonTransactional.clear();
    }
  }

  @Override
  public void close() {
    closeDetached();
    entityManagerFactory.close();
    onClose.run();
  }

  public static void execute(DataSource dataSource, String sql) {
    Objects.requireNonNull(sql, "sql");
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
