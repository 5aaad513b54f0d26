package lu.creativecluster.adapter.persistence.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.SchemaMigration;
import lu.creativecluster.adapter.persistence.store.TestStore;
import lu.creativecluster.application.port.out.account.AbstractAccountsContractTest;
import lu.creativecluster.application.port.out.account.Accounts;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.AccountStatus;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.shared.Email;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Test base: runs the {@link Accounts} contract against {@link JpaAccounts} on a real database,
 * migrated by the production {@link SchemaMigration} and read through the production persistence
 * unit, and checks what only the database can: the schema and its constraints.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractJpaAccountsTest extends AbstractAccountsContractTest {

  private TestStore store;

  /** Starts an empty, migrated database for this test class. */
  protected abstract TestStore startStore();

  @BeforeAll
  void start() {
    store = startStore();
  }

  @AfterAll
  void stop() {
    if (store != null) {
      store.close();
    }
  }

  @BeforeEach
  void emptyTables() {
    store.empty("one_time_token", "account");
  }

  @AfterEach
  void closeDetached() {
    store.closeDetached();
  }

  @Override
  protected Accounts accounts() {
    return new JpaAccounts(store::entityManager);
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return store.inTransaction(work);
  }

  @Override
  protected void migrateSchemaAgain() {
    store.migrateAgain();
  }

  @Test
  void entityMapping_matchesTheSchemaLiquibaseBuilt() {
    store.validateMapping();
  }

  @Test
  void instants_areCutToTheMicrosecond_theSameOnEveryDatabase() {
    Account account =
        Account.invite(
            AccountId.newId(),
            new Email("nanos@example.lu"),
            "Nano Second",
            Role.MEMBER,
            Instant.parse("2026-03-01T09:15:30.123456999Z"));

    inTransaction(() -> accounts().add(account));

    assertEquals(
        Instant.parse("2026-03-01T09:15:30.123456Z"),
        accounts().byId(account.id()).orElseThrow().createdAt());
  }

  @Test
  void schema_storesEveryInstantOfIssue3WithItsTimeZone() {
    String columns =
        "SELECT COUNT(*) FROM information_schema.columns WHERE LOWER(table_name) IN"
            + " ('account', 'one_time_token', 'audit_event', 'mail_outbox')"
            + " AND LOWER(data_type) LIKE 'timestamp%'";

    // Ten in issue 3; account.locked_until went with the account lock (changeset 006).
    assertEquals(9, store.count(columns));
    // A moment that does not depend on the server's time zone.
    assertEquals(9, store.count(columns + " AND LOWER(data_type) = 'timestamp with time zone'"));
  }

  @Test
  void schema_refusesAnUnknownRole() {
    assertThrows(
        SQLException.class,
        () ->
            insertAccount(
                "'root'", "'invited'", "NULL", "INSERT INTO account with an unknown role"));
  }

  @Test
  void schema_refusesAnActiveAccountWithoutPassword() {
    assertThrows(
        SQLException.class, () -> insertAccount("'member'", "'active'", "NULL", "no password"));
  }

  @Test
  void schema_acceptsTheCodesTheMapperWrites() throws SQLException {
    for (Role role : Role.values()) {
      for (AccountStatus status : AccountStatus.values()) {
        store.empty("account");
        insertAccount(
            "'" + role.code() + "'", "'" + AccountMapper.statusCode(status) + "'", "'hash'", "");
      }
    }
  }

  private void insertAccount(String role, String status, String passwordHash, String why)
      throws SQLException {
    try (Connection connection = store.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO account (id, email, display_name, role, status, password_hash,"
              + " session_version, created_at, version) VALUES ("
              + "'0b6f3a52-3c51-4c1e-9d39-2d0c8a1c5b7e', 'x@example.lu', 'X', "
              + role
              + ", "
              + status
              + ", "
              + passwordHash
              + ", 0, CURRENT_TIMESTAMP, 0)");
    }
  }
}
