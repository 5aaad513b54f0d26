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

  private SharedPostgres() {}

  /**
   * Creates an empty database of this name and returns a pool of connections to it (pooled, as the
   * server's datasource is: every new PostgreSQL connection costs a process). Dispose of the pool
   * when done.
   */
  public static JdbcConnectionPool newDatabase(String name) {
    EmbeddedPostgres postgres = server();
    TestStore.execute(postgres.getPostgresDatabase(), "CREATE DATABASE " + name);
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
