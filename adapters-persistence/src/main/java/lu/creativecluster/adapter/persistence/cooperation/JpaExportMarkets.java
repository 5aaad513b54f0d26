package lu.creativecluster.adapter.persistence.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.ClusterStore;
import lu.creativecluster.adapter.persistence.store.NativeColumns;
import lu.creativecluster.application.port.out.cooperation.ExportFigures;
import lu.creativecluster.application.port.out.cooperation.ExportMarkets;
import lu.creativecluster.application.port.out.cooperation.MarketFigure;
import lu.creativecluster.application.port.out.cooperation.MarketMember;
import lu.creativecluster.application.port.out.cooperation.MarketSectorFigure;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.Slug;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * Persistence adapter: the export figures, counted by the database with GROUP BY over the member
 * export tables of changeset 008 (each indexed by country) and the mission applications of 011. Six
 * short statements whatever the number of members; no member record is loaded.
 */
@ApplicationScoped
public class JpaExportMarkets implements ExportMarkets {

  private static final String ACTIVE =
      "JOIN member m ON m.id = t.member_id AND m.status = 'active'";

  private final Supplier<EntityManager> entityManager;

  /** For CDI's client proxy only. */
  protected JpaExportMarkets() {
    this.entityManager = null;
  }

  @Inject
  JpaExportMarkets(ClusterStore store) {
    this(store::entityManager);
  }

  JpaExportMarkets(Supplier<EntityManager> entityManager) {
    this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
  }

  @Override
  public ExportFigures figures() {
    Object[] totals =
        (Object[])
            query(
                    "SELECT (SELECT COUNT(*) FROM member WHERE status = 'active'),"
                        + " (SELECT COUNT(DISTINCT t.member_id) FROM member_market_served t "
                        + ACTIVE
                        + "), (SELECT COUNT(DISTINCT t.member_id) FROM member_market_wanted t "
                        + ACTIVE
                        + ")")
                .get(0);
    Map<String, long[]> markets = new TreeMap<>();
    Map<String, long[]> bySector = new TreeMap<>();
    String[] tables = {"member_market_served", "member_market_wanted"};
    for (int side = 0; side < 2; side++) {
      // The primary keys make each (member, country) and (member, sector) pair unique: COUNT(*)
      // counts members.
      for (Object[] row :
          rows(
              "SELECT t.country, COUNT(*) FROM "
                  + tables[side]
                  + " t "
                  + ACTIVE
                  + " GROUP BY t.country")) {
        markets.computeIfAbsent((String) row[0], k -> new long[3])[side] = number(row[1]);
      }
      for (Object[] row :
          rows(
              "SELECT t.country, s.sector_code, COUNT(*) FROM "
                  + tables[side]
                  + " t "
                  + ACTIVE
                  + " JOIN member_sector s ON s.member_id = t.member_id"
                  + " GROUP BY t.country, s.sector_code")) {
        bySector.computeIfAbsent(row[0] + "/" + row[1], k -> new long[2])[side] = number(row[2]);
      }
    }
    for (Object[] row :
        rows(
            "SELECT mi.destination_country, COUNT(DISTINCT a.member_id)"
                + " FROM mission_application a JOIN mission mi ON mi.id = a.mission_id"
                + " WHERE a.status = 'selected' AND mi.status <> 'cancelled'"
                + " GROUP BY mi.destination_country")) {
      markets.computeIfAbsent((String) row[0], k -> new long[3])[2] = number(row[1]);
    }
    List<MarketFigure> marketFigures = new ArrayList<>();
    markets.forEach(
        (code, n) -> marketFigures.add(new MarketFigure(CountryCode.of(code), n[0], n[1], n[2])));
    List<MarketSectorFigure> sectorFigures = new ArrayList<>();
    bySector.forEach(
        (key, n) -> {
          int slash = key.indexOf('/');
          sectorFigures.add(
              new MarketSectorFigure(
                  CountryCode.of(key.substring(0, slash)),
                  new SectorCode(key.substring(slash + 1)),
                  n[0],
                  n[1]));
        });
    return new ExportFigures(
        number(totals[0]), number(totals[1]), number(totals[2]), marketFigures, sectorFigures);
  }

  @Override
  public List<MarketMember> membersIn(CountryCode market) {
    Objects.requireNonNull(market, "market");
    String inMarket =
        " FROM member m WHERE m.status = 'active' AND (m.id IN (SELECT member_id FROM"
            + " member_market_served WHERE country = :c) OR m.id IN (SELECT member_id FROM"
            + " member_market_wanted WHERE country = :c))";
    Map<UUID, List<SectorCode>> sectors = new HashMap<>();
    for (Object[] row :
        rows(
            "SELECT s.member_id, s.sector_code FROM member_sector s WHERE s.member_id IN (SELECT m.id"
                + inMarket
                + ") ORDER BY s.member_id, s.position",
            market)) {
      sectors
          .computeIfAbsent(NativeColumns.uuid(row[0]), k -> new ArrayList<>())
          .add(new SectorCode((String) row[1]));
    }
    Map<UUID, MarketMember> members = new LinkedHashMap<>();
    for (Object[] row :
        rows(
            "SELECT m.id, m.slug, m.display_name, m.wants_export_help,"
                + " (SELECT COUNT(*) FROM member_market_served s WHERE s.member_id = m.id AND"
                + " s.country = :c), (SELECT COUNT(*) FROM member_market_wanted w WHERE w.member_id"
                + " = m.id AND w.country = :c)"
                + inMarket,
            market)) {
      UUID id = NativeColumns.uuid(row[0]);
      members.put(
          id,
          new MarketMember(
              new MemberId(id),
              new Slug((String) row[1]),
              (String) row[2],
              sectors.getOrDefault(id, List.of()),
              number(row[4]) > 0,
              number(row[5]) > 0,
              Boolean.TRUE.equals(row[3])));
    }
    return members.values().stream().sorted(ORDER).toList();
  }

  /**
   * By name, case ignored, then id: the order the contract asks for, sorted here, not by collation.
   */
  private static final Comparator<MarketMember> ORDER =
      Comparator.comparing(MarketMember::displayName, String.CASE_INSENSITIVE_ORDER)
          .thenComparing(m -> m.id().value().toString());

  @SuppressWarnings("unchecked")
  private List<Object> query(String sql) {
    return entityManager.get().createNativeQuery(sql).getResultList();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql) {
    return entityManager.get().createNativeQuery(sql).getResultList();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, CountryCode market) {
    return entityManager
        .get()
        .createNativeQuery(sql)
        .setParameter("c", market.alpha2())
        .getResultList();
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}
