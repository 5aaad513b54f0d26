package lu.creativecluster.adapter.persistence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Migration test: an outbox written before changeset 006 held invitation and reset links in clear,
 * delivered or not. The migration forgets the text of delivered mails and keeps the waiting ones,
 * whose stored links are waiting for exactly that text, as mails to be sent like any other.
 */
class MailOutboxSecretsMigrationTest {

  private static final String LINK = "https://cluster.example/en/set-password?token=";

  @Test
  void onH2_deliveredLinksAreForgotten_waitingMailsStay() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:outbox_secrets_migration;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    try {
      migrateOverOldRows(h2);
    } finally {
      TestStore.execute(h2, "SHUTDOWN");
    }
  }

  @Test
  void onPostgresql_deliveredLinksAreForgotten_waitingMailsStay() throws SQLException {
    JdbcConnectionPool pool = SharedPostgres.newDatabase("outbox_secrets_migration");
    try {
      migrateOverOldRows(pool);
    } finally {
      pool.dispose();
    }
  }

  private static void migrateOverOldRows(DataSource database) throws SQLException {
    SchemaMigration.migrate(database, "db/changelog/test-until-005.xml");
    UUID delivered = UUID.randomUUID();
    UUID waiting = UUID.randomUUID();
    insertOldMail(database, delivered, LINK + "delivered-secret", Instant.now());
    insertOldMail(database, waiting, LINK + "waiting-secret", null);

    SchemaMigration.migrate(database);

    assertNull(column(database, delivered, "body"));
    assertEquals("message", column(database, delivered, "kind"));
    assertEquals("Invitation", column(database, delivered, "subject"));
    assertEquals(LINK + "waiting-secret", column(database, waiting, "body"));
    assertEquals("message", column(database, waiting, "kind"));
  }

  private static void insertOldMail(DataSource database, UUID id, String body, Instant deliveredAt)
      throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO mail_outbox (id, recipient, subject, body, created_at,"
                    + " next_attempt_at, delivered_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      Timestamp now = Timestamp.from(Instant.now());
      insert.setObject(1, id);
      insert.setString(2, "jane@example.lu");
      insert.setString(3, "Invitation");
      insert.setString(4, body);
      insert.setTimestamp(5, now);
      insert.setTimestamp(6, now);
      insert.setTimestamp(7, deliveredAt == null ? null : Timestamp.from(deliveredAt));
      insert.executeUpdate();
    }
  }

  private static String column(DataSource database, UUID id, String column) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT " + column + " FROM mail_outbox WHERE id = ?")) {
      select.setObject(1, id);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
