package lu.creativecluster.adapter.persistence.impact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.ClusterStore;
import lu.creativecluster.adapter.persistence.store.NativeColumns;
import lu.creativecluster.application.port.in.impact.ImpactFigures.ProjectLine;
import lu.creativecluster.application.port.out.impact.ImpactCounts;
import lu.creativecluster.application.port.out.impact.ImpactTallies;
import lu.creativecluster.domain.project.EuroAmount;

/**
 * Persistence adapter: the impact counts, added up by the database. One statement of scalar
 * subqueries, three grouped ones and the answered inquiries' two timestamps (the median is taken in
 * Java, as portable SQL has no median); no aggregate is loaded.
 */
@ApplicationScoped
public class JpaImpactCounts implements ImpactCounts {

  private static final String STARTED_PROJECTS =
      " FROM project WHERE start_date >= :fd AND start_date < :td"
          + " AND status IN ('running', 'completed')";
  private static final String MISSIONS_HELD =
      " FROM mission mi WHERE mi.start_date >= :fd AND mi.start_date < :td"
          + " AND mi.status NOT IN ('planned', 'cancelled')";

  private final Supplier<EntityManager> entityManager;

  /** For CDI's client proxy only. */
  protected JpaImpactCounts() {
    this.entityManager = null;
  }

  @Inject
  JpaImpactCounts(ClusterStore store) {
    this(store::entityManager);
  }

  JpaImpactCounts(Supplier<EntityManager> entityManager) {
    this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
  }

  @Override
  public ImpactTallies count(Instant from, Instant to, LocalDate fromDay, LocalDate toDay) {
    Object[] n =
        (Object[])
            bind(
                    "SELECT (SELECT COUNT(*) FROM member WHERE status = 'active' AND member_since <"
                        + " :to),"
                        + " (SELECT COUNT(*) FROM member WHERE member_since >= :from AND"
                        + " member_since < :to AND status <> 'merged'),"
                        + " (SELECT COUNT(*) FROM (SELECT LOWER(r.email) AS person FROM"
                        + " event_registration r WHERE r.registered_at >= :from AND"
                        + " r.registered_at < :to UNION SELECT LOWER(i.asker_email) FROM inquiry i"
                        + " WHERE i.received_at >= :from AND i.received_at < :to AND i.status <>"
                        + " 'rejected' AND i.asker_email IS NOT NULL) p WHERE p.person NOT IN"
                        + " (SELECT LOWER(m.email) FROM member m WHERE m.status = 'active' AND"
                        + " m.email IS NOT NULL)),"
                        + " (SELECT COUNT(*) FROM inquiry WHERE received_at >= :from AND"
                        + " received_at < :to AND status <> 'rejected'),"
                        + " (SELECT COUNT(*)"
                        + STARTED_PROJECTS
                        + "), (SELECT SUM(CASE WHEN visibility = 'public' THEN volume_eur ELSE 0"
                        + " END)"
                        + STARTED_PROJECTS
                        + "), (SELECT SUM(volume_eur)"
                        + STARTED_PROJECTS
                        + "), (SELECT COUNT(*)"
                        + MISSIONS_HELD
                        + "), (SELECT COUNT(*) FROM mission_application a WHERE a.status ="
                        + " 'selected' AND a.mission_id IN (SELECT mi.id"
                        + MISSIONS_HELD
                        + ")), (SELECT COUNT(*) FROM event WHERE start_at >= :from AND start_at <"
                        + " :to),"
                        + " (SELECT COUNT(*) FROM event_registration r JOIN event e ON e.id ="
                        + " r.event_id WHERE r.status = 'attended' AND e.start_at >= :from AND"
                        + " e.start_at < :to),"
                        + " (SELECT COUNT(*) FROM site_visit_day WHERE visit_day >= :fd AND visit_day < :td),"
                        + " (SELECT SUM(views) FROM site_visit_day WHERE visit_day >= :fd AND visit_day < :td),"
                        + " (SELECT SUM(last_seen - first_seen) FROM site_visit_day WHERE visit_day >="
                        + " :fd AND visit_day < :td)",
                    from,
                    to,
                    fromDay,
                    toDay)
                .getResultList()
                .get(0);
    return new ImpactTallies(
        number(n[0]),
        number(n[1]),
        grouped(
            "SELECT s.sector_code, COUNT(DISTINCT s.member_id) FROM member_sector s JOIN member m"
                + " ON m.id = s.member_id WHERE m.status = 'active' AND m.member_since < :to"
                + " GROUP BY s.sector_code",
            from,
            to,
            fromDay,
            toDay),
        number(n[2]),
        number(n[3]),
        answerTimes(from, to),
        number(n[4]),
        decimal(n[5]),
        decimal(n[6]),
        number(n[7]),
        number(n[8]),
        grouped(
            "SELECT p.country, COUNT(*) FROM partner_organisation p WHERE EXISTS (SELECT 1 FROM"
                + " partner_cooperation c WHERE c.partner_id = p.id AND c.start_date < :td AND"
                + " (c.end_date IS NULL OR c.end_date >= :fd)) GROUP BY p.country",
            from,
            to,
            fromDay,
            toDay),
        number(n[9]),
        number(n[10]),
        number(n[11]),
        number(n[12]),
        number(n[13]));
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<ProjectLine> projectsStarted(LocalDate fromDay, LocalDate toDay) {
    List<Object[]> rows =
        entityManager
            .get()
            .createNativeQuery(
                "SELECT id, title_en, partner_name, status, volume_eur, visibility"
                    + STARTED_PROJECTS
                    + " ORDER BY start_date DESC, title_en")
            .setParameter("fd", fromDay)
            .setParameter("td", toDay)
            .getResultList();
    List<ProjectLine> lines = new ArrayList<>();
    for (Object[] row : rows) {
      lines.add(
          new ProjectLine(
              NativeColumns.uuid(row[0]).toString(),
              (String) row[1],
              (String) row[2],
              (String) row[3],
              new EuroAmount(decimal(row[4])),
              "public".equals(row[5])));
    }
    return lines;
  }

  @SuppressWarnings("unchecked")
  private List<Duration> answerTimes(Instant from, Instant to) {
    List<Object[]> rows =
        entityManager
            .get()
            .createNativeQuery(
                "SELECT received_at, answered_at FROM inquiry WHERE received_at >= :from AND"
                    + " received_at < :to AND status <> 'rejected' AND answered_at IS NOT NULL")
            .setParameter("from", offset(from))
            .setParameter("to", offset(to))
            .getResultList();
    List<Duration> times = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      times.add(Duration.between(instant(row[0]), instant(row[1])));
    }
    return times;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Long> grouped(
      String sql, Instant from, Instant to, LocalDate fromDay, LocalDate toDay) {
    Map<String, Long> groups = new HashMap<>();
    for (Object[] row : (List<Object[]>) bind(sql, from, to, fromDay, toDay).getResultList()) {
      groups.put((String) row[0], number(row[1]));
    }
    return groups;
  }

  /** Binds only the parameters the statement names (Hibernate refuses unknown ones). */
  private Query bind(String sql, Instant from, Instant to, LocalDate fromDay, LocalDate toDay) {
    Query query = entityManager.get().createNativeQuery(sql);
    if (sql.contains(":from")) {
      query.setParameter("from", offset(from));
    }
    if (sql.contains(":to")) {
      query.setParameter("to", offset(to));
    }
    if (sql.contains(":fd")) {
      query.setParameter("fd", fromDay);
    }
    if (sql.contains(":td")) {
      query.setParameter("td", toDay);
    }
    return query;
  }

  private static OffsetDateTime offset(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static BigDecimal decimal(Object value) {
    if (value == null) {
      return BigDecimal.ZERO;
    }
    return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
  }

  /** A timestamp column as the driver hands it out in a native query. */
  static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.util.Date d) {
      return d.toInstant();
    }
    throw new IllegalStateException("not a timestamp: " + value);
  }
}
