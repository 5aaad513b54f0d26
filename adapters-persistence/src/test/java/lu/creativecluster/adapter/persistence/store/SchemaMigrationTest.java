package lu.creativecluster.adapter.persistence.store;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Unit test: a migration that cannot run stops the application instead of going unnoticed. */
class SchemaMigrationTest {

  @Test
  void givenUnreachableDatabase_migrationFails() {
    assertThrows(
        SchemaMigrationException.class,
        () -> SchemaMigration.migrate(UnreachablePostgres.dataSource()));
  }
}
