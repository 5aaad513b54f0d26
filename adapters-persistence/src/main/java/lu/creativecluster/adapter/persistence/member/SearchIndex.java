package lu.creativecluster.adapter.persistence.member;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Persistence adapter: keeps {@code member_search_term}, {@code search_word} and {@code
 * search_word_variant} in step with a member's profile, in the transaction that writes the member.
 * Plain JDBC in batches: a member has dozens of words, and a word new to the directory brings a
 * dozen variants.
 */
final class SearchIndex {

  private static final int CHUNK = 500;

  private SearchIndex() {}

  /** The database behind a connection; the few statements that differ are chosen by it. */
  enum Database {
    H2,
    POSTGRESQL;

    static Database of(Connection connection) throws SQLException {
      String product = connection.getMetaData().getDatabaseProductName();
      return product.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : H2;
    }

    /**
     * Inserts a row unless an equal one exists; concurrent writers of the same word both succeed.
     */
    String insertIfAbsent(String table, String... columns) {
      String names = String.join(", ", columns);
      String marks = String.join(", ", java.util.Collections.nCopies(columns.length, "?"));
      return this == POSTGRESQL
          ? "INSERT INTO "
              + table
              + " ("
              + names
              + ") VALUES ("
              + marks
              + ") ON CONFLICT DO NOTHING"
          : "MERGE INTO " + table + " (" + names + ") KEY (" + names + ") VALUES (" + marks + ")";
    }
  }

  /** Replaces the member's searchable words by these. */
  static void write(Connection connection, UUID member, Map<String, Integer> terms, boolean replace)
      throws SQLException {
    if (replace) {
      try (PreparedStatement delete =
          connection.prepareStatement("DELETE FROM member_search_term WHERE member_id = ?")) {
        delete.setObject(1, member);
        delete.executeUpdate();
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO member_search_term (member_id, word, weight) VALUES (?, ?, ?)")) {
      for (Map.Entry<String, Integer> term : terms.entrySet()) {
        insert.setObject(1, member);
        insert.setString(2, term.getKey());
        insert.setInt(3, term.getValue());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    addWords(connection, terms.keySet());
  }

  /**
   * Counts the directory's generation up, so searches cached before this write are computed afresh
   * once it commits, and stamps the written members with the new generation, so each server's
   * {@link DirectoryIndex} reads them (and only them) again. Anything that writes member rows
   * without this adapter must do the same.
   */
  static void directoryChanged(Connection connection, Collection<UUID> members)
      throws SQLException {
    // The update locks the one state row until commit: writers of members take generations one
    // after the other, so a generation read as committed has every smaller one committed too.
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE member_directory_state SET generation = generation + 1 WHERE id = 1")) {
      update.executeUpdate();
    }
    List<UUID> all = new ArrayList<>(members);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<UUID> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      try (PreparedStatement stamp =
          connection.prepareStatement(
              "UPDATE member SET directory_generation ="
                  + " (SELECT generation FROM member_directory_state WHERE id = 1) WHERE id IN ("
                  + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"))
                  + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          stamp.setObject(i + 1, chunk.get(i));
        }
        stamp.executeUpdate();
      }
    }
  }

  /** Adds the words the directory does not know yet, with their variants. */
  static void addWords(Connection connection, Set<String> words) throws SQLException {
    Set<String> fresh = new HashSet<>(words);
    fresh.removeAll(known(connection, words));
    if (fresh.isEmpty()) {
      return;
    }
    Database database = Database.of(connection);
    try (PreparedStatement word =
            connection.prepareStatement(database.insertIfAbsent("search_word", "word"));
        PreparedStatement variant =
            connection.prepareStatement(
                database.insertIfAbsent("search_word_variant", "variant", "word"))) {
      for (String w : fresh) {
        word.setString(1, w);
        word.addBatch();
        if (SearchTerms.hasVariants(w)) {
          for (String v : SearchTerms.variants(w)) {
            variant.setString(1, v);
            variant.setString(2, w);
            variant.addBatch();
          }
        }
      }
      word.executeBatch();
      variant.executeBatch();
    }
  }

  private static Set<String> known(Connection connection, Set<String> words) throws SQLException {
    Set<String> known = new HashSet<>();
    List<String> all = new ArrayList<>(words);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT word FROM search_word WHERE word IN (" + marks + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          select.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            known.add(rows.getString(1));
          }
        }
      }
    }
    return known;
  }
}
