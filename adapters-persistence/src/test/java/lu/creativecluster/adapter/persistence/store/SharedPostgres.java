package lu.creativecluster.adapter.persistence.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Test fixture: one real PostgreSQL server for the whole test run, started on first use and stopped
 * when the JVM exits. Starting a server costs seconds, a database on it almost nothing, so every
 * test class gets an empty database of its own.
 */
public final class SharedPostgres {

  private static EmbeddedPostgres server;

  /** The database every migrated database is copied from, once it is migrated itself. */
  private static final String MIGRATED_TEMPLATE = "migrated_template";

  private static boolean templateMigrated;

  private SharedPostgres() {}

  /**
   * Creates an empty database of this name and returns a pool of connections to it (pooled, as the
   * server's datasource is: every new PostgreSQL connection costs a process). Dispose of the pool
   * when done.
   */
  public static JdbcConnectionPool newDatabase(String name) {
    EmbeddedPostgres postgres = server();
    TestStore.execute(postgres.getPostgresDatabase(), "CREATE DATABASE " + name);
    return pool(postgres, name);
  }

  /**
   * Creates a database of this name migrated by the production {@link SchemaMigration}: a copy of
   * one database migrated once per run (PostgreSQL copies a template's files), rather than the
   * whole changelog run again for every test class.
   */
  public static JdbcConnectionPool newMigratedDatabase(String name) {
    EmbeddedPostgres postgres = server();
    synchronized (SharedPostgres.class) {
      if (!templateMigrated) {
        JdbcConnectionPool template = newDatabase(MIGRATED_TEMPLATE);
        try {
          SchemaMigration.migrate(template);
        } finally {
          // A template is copied only while nobody is connected to it.
          template.dispose();
        }
        templateMigrated = true;
      }
      // One copy at a time: PostgreSQL copies a template only while no other session uses it.
      TestStore.execute(
          postgres.getPostgresDatabase(),
          "CREATE DATABASE " + name + " TEMPLATE " + MIGRATED_TEMPLATE);
    }
    return pool(postgres, name);
  }

  private static JdbcConnectionPool pool(EmbeddedPostgres postgres, String name) {
    PGConnectionPoolDataSource database = new PGConnectionPoolDataSource();
    database.setUrl(postgres.getJdbcUrl("postgres", name));
    // Batched inserts as multi-row statements: the tests and the search benchmark load in batches.
    database.setReWriteBatchedInserts(true);
    return JdbcConnectionPool.create(database);
  }

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      EmbeddedPostgres started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started)));
    }
    return server;
  }

  private static void close(EmbeddedPostgres started) {
    try {
      started.close();
    } catch (IOException e) {
      // The JVM is exiting; the server's directory is temporary anyway.
    }
  }
}
