package lu.creativecluster.adapter.persistence.store;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;

/**
 * Persistence adapter: migrates the selected database when the application starts, before anything
 * reads from it; a failed migration fails the deployment rather than serving a half-built schema.
 */
@Dependent
class SchemaMigrationOnDeployment {

  private static final Logger LOG = Logger.getLogger(SchemaMigrationOnDeployment.class.getName());

  void migrate(
      @Observes
          @Priority(Interceptor.Priority.PLATFORM_BEFORE)
          @Initialized(ApplicationScoped.class)
          Object applicationStarted,
      ClusterStore store) {
    long started = System.nanoTime();
    SchemaMigration.migrate(store.dataSource());
    long millis = (System.nanoTime() - started) / 1_000_000;
    LOG.info(
        () -> "Schema of the " + store.kind().id() + " store is up to date (" + millis + " ms)");
  }
}
