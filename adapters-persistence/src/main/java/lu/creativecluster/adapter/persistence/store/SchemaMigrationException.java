package lu.creativecluster.adapter.persistence.store;

/**
 * Persistence adapter: the schema could not be brought up to date, so the application must not
 * start on it.
 */
public class SchemaMigrationException extends RuntimeException {

  public SchemaMigrationException(String message, Throwable cause) {
    super(message, cause);
  }
}
