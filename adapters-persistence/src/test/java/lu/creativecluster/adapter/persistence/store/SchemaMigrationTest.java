package lu.creativecluster.adapter.persistence.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.api.Test;

/** Unit test: a migration that cannot run stops the application instead of going unnoticed. */
class SchemaMigrationTest {

  @Test
  void givenUnreachableDatabase_migrationFails() {
    assertThrows(
        SchemaMigrationException.class,
        () -> SchemaMigration.migrate(UnreachablePostgres.dataSource()));
  }

  /**
   * The server reads the changelog without checking it against Liquibase's XML schema (a start
   * saves the grammar loading); the build checks every file the master includes here instead.
   */
  @Test
  void everyChangelogFile_isValidAgainstTheLiquibaseXmlSchema() throws Exception {
    ResourceAccessor files = new ClassLoaderResourceAccessor(getClass().getClassLoader());
    AtomicReference<DatabaseChangeLog> parsed = new AtomicReference<>();

    Scope.child(
        Map.of(Scope.Attr.resourceAccessor.name(), files, SchemaMigration.VALIDATE_XML, true),
        () ->
            parsed.set(
                ChangeLogParserFactory.getInstance()
                    .getParser(SchemaMigration.CHANGELOG, files)
                    .parse(SchemaMigration.CHANGELOG, new ChangeLogParameters(), files)));

    assertFalse(parsed.get().getChangeSets().isEmpty());
  }
}
