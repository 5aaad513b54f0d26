package lu.creativecluster.adapter.persistence.member;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;

/**
 * Persistence adapter: this server's in-memory {@link MemberIndex}, built from the database on
 * first use and brought up to date when the directory's generation moves, by reading only the
 * members stamped with a later generation ({@code member.directory_generation}, set by every write
 * of a member in its transaction). Searches read one immutable version; an update builds the next
 * beside it and swaps the reference, so no search sees a half-applied change.
 */
final class DirectoryIndex {

  private final ReentrantLock updating = new ReentrantLock();

  // Dense ids for life: only the updating thread (holding the lock) reads or writes this.
  private final Map<UUID, Integer> denseIds = new HashMap<>();

  private volatile MemberIndex current = MemberIndex.EMPTY;

  /** The version last built, whatever its generation (for measuring). */
  MemberIndex latest() {
    return current;
  }

  /**
   * A version as of at least this generation, updated on this connection if needed; null when the
   * first build is still running on another thread (the caller then searches in SQL rather than
   * wait for a whole directory to load).
   */
  MemberIndex atLeast(long generation, Connection connection) throws SQLException {
    MemberIndex index = current;
    if (index.generation() >= generation) {
      return index;
    }
    if (index == MemberIndex.EMPTY) {
      if (!updating.tryLock()) {
        return null;
      }
    } else {
      updating.lock();
    }
    try {
      index = current;
      if (index.generation() < generation) {
        index = update(index, connection);
        current = index;
      }
      return index;
    } finally {
      updating.unlock();
    }
  }

  /**
   * The next version: the generation is read first, then every member written after the one the
   * index reflects. Writers of members take generations in turn (each holds the state row's lock
   * until it commits), so every member of a generation up to the one read is committed and read
   * here; one committed meanwhile may be read too, and is simply read again next time.
   */
  private MemberIndex update(MemberIndex index, Connection connection) throws SQLException {
    long generation = JpaMemberSearch.currentGeneration(connection);
    long since = index == MemberIndex.EMPTY ? Long.MIN_VALUE : index.generation();
    Map<UUID, RowBuilder> rows = new LinkedHashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, slug, name_key, kind, country, status,"
                + " COALESCE(member_since, applied_at) FROM member WHERE directory_generation > ?")) {
      select.setLong(1, since);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          UUID id = r.getObject(1, UUID.class);
          rows.put(
              id,
              new RowBuilder(
                  id,
                  r.getString(2),
                  r.getString(3),
                  micros(r.getObject(7, OffsetDateTime.class)),
                  r.getString(4),
                  r.getString(5),
                  r.getString(6)));
        }
      }
    }
    if (rows.isEmpty()) {
      return index.with(generation, List.of(), new int[0]);
    }
    children(connection, since, "member_sector", "sector_code", rows, (b, v) -> b.sectors.add(v));
    children(
        connection, since, "member_market_served", "country", rows, (b, v) -> b.markets.add(v));
    children(connection, since, "member_market_wanted", "country", rows, (b, v) -> b.wants.add(v));
    children(
        connection, since, "member_language", "language_tag", rows, (b, v) -> b.languages.add(v));
    children(connection, since, "member_keyword", "keyword", rows, (b, v) -> b.keywords.add(v));
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT t.member_id, t.word, t.weight FROM member_search_term t JOIN member m"
                + " ON m.id = t.member_id WHERE m.directory_generation > ?")) {
      select.setLong(1, since);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          RowBuilder b = rows.get(r.getObject(1, UUID.class));
          if (b != null) {
            b.words.put(r.getString(2), r.getInt(3));
          }
        }
      }
    }
    List<MemberIndex.Row> built = new ArrayList<>(rows.size());
    int[] ids = new int[rows.size()];
    int next = denseIds.size();
    int i = 0;
    for (RowBuilder b : rows.values()) {
      Integer id = denseIds.get(b.id);
      if (id == null) {
        id = next++;
        denseIds.put(b.id, id);
      }
      ids[i++] = id;
      built.add(b.build());
    }
    return index.with(generation, built, ids);
  }

  /** Reads one child table's values of the members written since the generation, in its order. */
  private static void children(
      Connection connection,
      long since,
      String table,
      String column,
      Map<UUID, RowBuilder> rows,
      BiConsumer<RowBuilder, String> add)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT c.member_id, c."
                + column
                + " FROM "
                + table
                + " c JOIN member m ON m.id = c.member_id WHERE m.directory_generation > ?")) {
      select.setLong(1, since);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          RowBuilder b = rows.get(r.getObject(1, UUID.class));
          // A member written since the rows above were read is left for the next update.
          if (b != null) {
            add.accept(b, r.getString(2));
          }
        }
      }
    }
  }

  private static long micros(OffsetDateTime at) {
    if (at == null) {
      return Long.MIN_VALUE;
    }
    return at.toEpochSecond() * 1_000_000L + at.getNano() / 1_000;
  }

  /** A member being read. */
  private static final class RowBuilder {
    final UUID id;
    final String slug;
    final String nameKey;
    final long newest;
    final String kind;
    final String country;
    final String status;
    final List<String> sectors = new ArrayList<>(3);
    final List<String> markets = new ArrayList<>(2);
    final List<String> wants = new ArrayList<>(1);
    final List<String> languages = new ArrayList<>(3);
    final List<String> keywords = new ArrayList<>(4);
    final Map<String, Integer> words = new HashMap<>();

    RowBuilder(
        UUID id,
        String slug,
        String nameKey,
        long newest,
        String kind,
        String country,
        String status) {
      this.id = id;
      this.slug = slug;
      this.nameKey = nameKey;
      this.newest = newest;
      this.kind = kind;
      this.country = country;
      this.status = status;
    }

    MemberIndex.Row build() {
      return new MemberIndex.Row(
          id, slug, nameKey, newest, kind, country, status, sectors, markets, wants, languages,
          keywords, words);
    }
  }
}
