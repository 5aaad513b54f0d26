package lu.creativecluster.adapter.persistence.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.postgresql.ds.PGSimpleDataSource;

/** Test fixture: a PostgreSQL data source on a local port nobody listens on, refused at once. */
final class UnreachablePostgres {

  private UnreachablePostgres() {}

  static PGSimpleDataSource dataSource() {
    int freePort;
    try (ServerSocket socket = new ServerSocket(0)) {
      freePort = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PGSimpleDataSource postgres = new PGSimpleDataSource();
    postgres.setServerNames(new String[] {"localhost"});
    postgres.setPortNumbers(new int[] {freePort});
    postgres.setDatabaseName("cluster");
    postgres.setConnectTimeout(2);
    return postgres;
  }
}
