package lu.creativecluster.adapter.persistence.impact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.ClusterStore;
import lu.creativecluster.application.port.in.impact.VisitTally;
import lu.creativecluster.application.port.out.impact.SiteVisits;

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
    EntityManager em = entityManager.get();
    for (VisitTally t : tallies) {
      long first = t.first().getEpochSecond();
      long last = t.last().getEpochSecond();
      int updated =
          em.createNativeQuery(
                  "UPDATE site_visit_day SET views = views + :views,"
                      + " first_seen = CASE WHEN first_seen < :first THEN first_seen ELSE :first"
                      + " END, last_seen = CASE WHEN last_seen > :last THEN last_seen ELSE :last"
                      + " END WHERE visit_day = :day AND visitor_key = :key")
              .setParameter("views", t.views())
              .setParameter("first", first)
              .setParameter("last", last)
              .setParameter("day", t.day())
              .setParameter("key", t.visitorKey())
              .executeUpdate();
      if (updated == 0) {
        em.createNativeQuery(
                "INSERT INTO site_visit_day (visit_day, visitor_key, first_seen, last_seen, views)"
                    + " VALUES (:day, :key, :first, :last, :views)")
            .setParameter("day", t.day())
            .setParameter("key", t.visitorKey())
            .setParameter("first", first)
            .setParameter("last", last)
            .setParameter("views", t.views())
            .executeUpdate();
      }
    }
  }
}
