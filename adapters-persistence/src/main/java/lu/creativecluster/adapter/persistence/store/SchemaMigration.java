package lu.creativecluster.adapter.persistence.store;

import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Persistence adapter: brings a database's schema and reference data up to date by running the
 * Liquibase changelog. Plain Java, so the server at deployment and the tests run the very same
 * migration.
 */
public final class SchemaMigration {

  /** Classpath location; Liquibase records changesets under paths relative to it. */
  public static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

  private SchemaMigration() {}

  /**
   * Applies every changeset not applied yet; a database that is up to date is left unchanged.
   *
   * @throws SchemaMigrationException if the database cannot be reached or a changeset fails
   */
  public static void migrate(DataSource dataSource) {
    migrate(dataSource, CHANGELOG);
  }

  /** For tests: an older state of the schema, from a changelog that includes fewer changes. */
  static void migrate(DataSource dataSource, String changelog) {
    try (Connection connection = dataSource.getConnection()) {
      Database database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      Scope.child(liquibaseScope(), () -> update(database, changelog));
    } catch (Exception e) {
      throw new SchemaMigrationException("the database schema could not be migrated", e);
    }
  }

  /** Liquibase's setting for checking each changelog file against its XML schema when read. */
  static final String VALIDATE_XML = "liquibase.validateXmlChangelogFiles";

  private static Map<String, Object> liquibaseScope() {
    return Map.of(
        // The changelog sits in this module's jar, which the WAR's class loader sees.
        Scope.Attr.resourceAccessor.name(),
        new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader()),
        // The files are checked against the XML schema by the build (SchemaMigrationTest), not
        // again at every start: loading the schema grammar for each of the files took about a
        // tenth of the migration of a fresh database.
        VALIDATE_XML,
        Boolean.FALSE,
        // Report through java.util.logging (the server log), not on standard output.
        Scope.Attr.ui.name(),
        new LoggerUIService(),
        // Liquibase would otherwise try to send usage data to its vendor at every deployment.
        "liquibase.analytics.enabled",
        Boolean.FALSE);
  }

  private static void update(Database database, String changelog) throws Exception {
    new CommandScope(UpdateCommandStep.COMMAND_NAME)
        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
        .execute();
  }
}
