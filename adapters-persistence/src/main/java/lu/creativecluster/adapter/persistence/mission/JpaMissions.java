package lu.creativecluster.adapter.persistence.mission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.ClusterStore;
import lu.creativecluster.adapter.persistence.store.StampedCache;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.mission.MissionCriteria;
import lu.creativecluster.application.port.out.mission.MissionSlice;
import lu.creativecluster.application.port.out.mission.Missions;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.mission.Mission;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.mission.MissionStatus;

/**
 * Persistence adapter: the missions with their applications, kept through JPA. A save locks the
 * row, compares the version read with the stored one and raises it, so two saves from the same
 * version never both succeed (two members applying at once: one of them is told to try again,
 * neither application is lost silently).
 */
@ApplicationScoped
public class JpaMissions implements Missions {

  private final Supplier<EntityManager> entityManager;

  // The public mission list and mission pages are read on every request and change only when a
  // mission is saved: both are kept while the mission table's stamp holds (see StampedCache).
  private final StampedCache<Slice, MissionSlice> slices;
  private final StampedCache<MissionId, Mission> missions;

  /** One page of one search, the key of a cached slice. */
  private record Slice(MissionCriteria criteria, boolean latestFirst, int page, int size) {}

  /** For CDI's client proxy only. */
  protected JpaMissions() {
    this.entityManager = null;
    this.slices = null;
    this.missions = null;
  }

  @Inject
  JpaMissions(ClusterStore store) {
    this(store::entityManager);
  }

  JpaMissions(Supplier<EntityManager> entityManager) {
    this(entityManager, StampedCache.RECHECK_MILLIS, System::nanoTime);
  }

  /** With the stamp asked at most once per {@code recheckMillis} on this clock (tests). */
  JpaMissions(Supplier<EntityManager> entityManager, long recheckMillis, LongSupplier nanoTime) {
    this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    this.slices = new StampedCache<>(200, recheckMillis, nanoTime);
    this.missions = new StampedCache<>(1_000, recheckMillis, nanoTime);
  }

  @Override
  public Optional<Mission> byId(MissionId id) {
    Objects.requireNonNull(id, "id");
    EntityManager em = entityManager.get();
    if (!StampedCache.untouched(em, MissionJpaEntity.class)) {
      return load(em, id);
    }
    List<?> stamp = missions.currentStamp(em, "MissionJpaEntity");
    Mission held = missions.get(id, stamp);
    if (held == null) {
      Optional<Mission> loaded = load(em, id);
      // An unknown id is not kept: any id can be asked for, and the cache would fill with them.
      loaded.ifPresent(m -> missions.put(id, stamp, m));
      return loaded.map(JpaMissions::copy);
    }
    return Optional.of(copy(held));
  }

  private static Optional<Mission> load(EntityManager em, MissionId id) {
    return Optional.ofNullable(em.find(MissionJpaEntity.class, id.value()))
        .map(MissionMapper::toDomain);
  }

  /** Each caller gets its own aggregate (it is mutable); its parts are immutable values. */
  private static Mission copy(Mission m) {
    return Mission.reconstitute(m.id(), m.plan(), m.status(), m.applications(), m.version());
  }

  @Override
  public void add(Mission mission) {
    Objects.requireNonNull(mission, "mission");
    MissionJpaEntity entity = new MissionJpaEntity(mission.id().value());
    MissionMapper.copy(mission, entity);
    entity.version = 0;
    EntityManager em = entityManager.get();
    written(em);
    em.persist(entity);
    em.flush();
  }

  @Override
  public void save(Mission mission) {
    Objects.requireNonNull(mission, "mission");
    EntityManager em = entityManager.get();
    written(em);
    MissionJpaEntity entity = em.find(MissionJpaEntity.class, mission.id().value());
    if (entity != null) {
      // Read again under the lock: a copy loaded earlier in this transaction may be stale.
      em.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
    }
    if (entity == null || entity.version != mission.version()) {
      throw new ConcurrentUpdateException("mission " + mission.id(), null);
    }
    MissionMapper.copy(mission, entity);
    entity.version = mission.version() + 1;
    em.flush();
  }

  private void written(EntityManager em) {
    slices.written(em);
    missions.written(em);
  }

  @Override
  public MissionSlice find(MissionCriteria criteria, boolean latestFirst, int page, int size) {
    Objects.requireNonNull(criteria, "criteria");
    EntityManager em = entityManager.get();
    if (!StampedCache.untouched(em, MissionJpaEntity.class)) {
      return query(em, criteria, latestFirst, page, size);
    }
    Slice key = new Slice(criteria, latestFirst, page, size);
    List<?> stamp = slices.currentStamp(em, "MissionJpaEntity");
    MissionSlice held = slices.get(key, stamp);
    if (held == null) {
      held = query(em, criteria, latestFirst, page, size);
      slices.put(key, stamp, held);
    }
    return new MissionSlice(held.items().stream().map(JpaMissions::copy).toList(), held.total());
  }

  private static MissionSlice query(
      EntityManager em, MissionCriteria criteria, boolean latestFirst, int page, int size) {
    List<String> conditions = new ArrayList<>();
    if (!criteria.statuses().isEmpty()) {
      conditions.add("m.status in :statuses");
    }
    criteria.country().ifPresent(c -> conditions.add("m.destinationCountry = :country"));
    criteria
        .sector()
        .ifPresent(s -> conditions.add("(m.sectors is empty or :sector member of m.sectors)"));
    criteria.from().ifPresent(d -> conditions.add("m.endDate >= :from"));
    criteria.to().ifPresent(d -> conditions.add("m.startDate <= :to"));
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    TypedQuery<Long> count =
        em.createQuery("select count(m) from MissionJpaEntity m" + where, Long.class);
    TypedQuery<MissionJpaEntity> select =
        em.createQuery(
            "select m from MissionJpaEntity m"
                + where
                + " order by m.startDate "
                + (latestFirst ? "desc" : "asc")
                + ", m.id",
            MissionJpaEntity.class);
    for (TypedQuery<?> query : List.of(count, select)) {
      if (!criteria.statuses().isEmpty()) {
        query.setParameter(
            "statuses", criteria.statuses().stream().map(MissionStatus::code).toList());
      }
      criteria.country().ifPresent(c -> query.setParameter("country", c.alpha2()));
      criteria.sector().ifPresent(s -> query.setParameter("sector", s.value()));
      criteria.from().ifPresent(d -> query.setParameter("from", d));
      criteria.to().ifPresent(d -> query.setParameter("to", d));
    }
    long total = count.getSingleResult();
    List<Mission> items =
        select
            .setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) page * size))
            .setMaxResults(size)
            .getResultList()
            .stream()
            .map(MissionMapper::toDomain)
            .toList();
    return new MissionSlice(items, total);
  }

  @Override
  public List<Mission> appliedToBy(MemberId member) {
    Objects.requireNonNull(member, "member");
    List<UUID> ids =
        entityManager
            .get()
            .createQuery(
                "select m.id from MissionJpaEntity m join m.applications a"
                    + " where a.memberId = :member order by m.startDate desc, m.id",
                UUID.class)
            .setParameter("member", member.value())
            .getResultList();
    return ids.stream()
        .map(id -> entityManager.get().find(MissionJpaEntity.class, id))
        .map(MissionMapper::toDomain)
        .toList();
  }
}
