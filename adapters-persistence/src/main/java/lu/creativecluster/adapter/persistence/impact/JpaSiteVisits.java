package lu.creativecluster.adapter.persistence.impact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.ClusterStore;
import lu.creativecluster.application.port.in.impact.VisitTally;
import lu.creativecluster.application.port.out.impact.SiteVisits;
import org.hibernate.Session;

/**
 * Persistence adapter: the daily visit rows (changeset 016). An UPDATE that adds to the row, and an
 * INSERT when there was none: plain SQL that H2 and PostgreSQL share, where each has its own
 * upsert. The counter flushes from one thread, so no two writers race for the same new row.
 */
@ApplicationScoped
public class JpaSiteVisits implements SiteVisits {

  private final Supplier<EntityManager> entityManager;

  /** For CDI's client proxy only. */
  protected JpaSiteVisits() {
    this.entityManager = null;
  }

  @Inject
  JpaSiteVisits(ClusterStore store) {
    this(store::entityManager);
  }

  JpaSiteVisits(Supplier<EntityManager> entityManager) {
    this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
  }

  @Override
  public void add(List<VisitTally> tallies) {
    if (tallies.isEmpty()) {
      return;
    }
    // One JDBC batch of UPDATEs, then one of INSERTs for the rows that did not exist: a flush of a
    // busy minute (or the demo's three years) is two round trips, not two per visitor.
    entityManager
        .get()
        .unwrap(Session.class)
        .doWork(
            connection -> {
              int[] updated;
              try (PreparedStatement update =
                  connection.prepareStatement(
                      "UPDATE site_visit_day SET views = views + ?, first_seen = CASE WHEN"
                          + " first_seen < ? THEN first_seen ELSE ? END, last_seen = CASE WHEN"
                          + " last_seen > ? THEN last_seen ELSE ? END WHERE visit_day = ? AND"
                          + " visitor_key = ?")) {
                for (VisitTally t : tallies) {
                  long first = t.first().getEpochSecond();
                  long last = t.last().getEpochSecond();
                  update.setInt(1, t.views());
                  update.setLong(2, first);
                  update.setLong(3, first);
                  update.setLong(4, last);
                  update.setLong(5, last);
                  update.setObject(6, t.day());
                  update.setString(7, t.visitorKey());
                  update.addBatch();
                }
                updated = update.executeBatch();
              }
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "INSERT INTO site_visit_day (visit_day, visitor_key, first_seen, last_seen,"
                          + " views) VALUES (?, ?, ?, ?, ?)")) {
                boolean any = false;
                for (int i = 0; i < tallies.size(); i++) {
                  if (updated[i] != 0) {
                    continue;
                  }
                  VisitTally t = tallies.get(i);
                  insert.setObject(1, t.day());
                  insert.setString(2, t.visitorKey());
                  insert.setLong(3, t.first().getEpochSecond());
                  insert.setLong(4, t.last().getEpochSecond());
                  insert.setInt(5, t.views());
                  insert.addBatch();
                  any = true;
                }
                if (any) {
                  insert.executeBatch();
                }
              }
            });
  }
}
