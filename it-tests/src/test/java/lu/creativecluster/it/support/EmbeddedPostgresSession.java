package lu.creativecluster.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Test infrastructure: a real PostgreSQL for the whole integration-test run, started before the
 * managed WildFly (which reads its URL from POSTGRESQL_URL, set by failsafe) and stopped after it.
 * Only the failsafe run names a port; the architecture tests need no database.
 */
public class EmbeddedPostgresSession implements LauncherSessionListener {

  private EmbeddedPostgres postgres;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String port = System.getProperty("it.postgres.port");
    if (port == null || port.isBlank()) {
      return;
    }
    try {
      postgres = EmbeddedPostgres.builder().setPort(Integer.parseInt(port)).start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the test PostgreSQL on port " + port, e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (postgres == null) {
      return;
    }
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
