package lu.creativecluster.adapter.persistence.event;

import static lu.creativecluster.adapter.persistence.store.PersistenceFailures.isUniqueViolation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.ClusterStore;
import lu.creativecluster.adapter.persistence.store.StampedCache;
import lu.creativecluster.adapter.persistence.store.StoredInstants;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.event.EventOverview;
import lu.creativecluster.application.port.out.event.Events;
import lu.creativecluster.domain.event.Event;
import lu.creativecluster.domain.event.EventId;
import lu.creativecluster.domain.event.RegistrationStatus;
import org.hibernate.jpa.HibernateHints;

/**
 * Persistence adapter: events and their registrations, kept through JPA. Seats change only under
 * the event row's lock (SELECT ... FOR UPDATE on H2 and PostgreSQL): the second of two concurrent
 * registrations waits for the first to commit, then reads it. {@link #save} takes the same lock and
 * compares versions under it, so even a caller that did not lock first cannot overwrite a change.
 */
@ApplicationScoped
public class JpaEvents implements Events {

  private final Supplier<EntityManager> entityManager;

  // The public lists and the calendar feed read every event on every request; the overviews are
  // kept while the event table's stamp holds (see StampedCache).
  private final StampedCache<Boolean, List<EventOverview>> overviews = new StampedCache<>(1);

  /** For CDI's client proxy only. */
  protected JpaEvents() {
    this.entityManager = null;
  }

  @Inject
  JpaEvents(ClusterStore store) {
    this(store::entityManager);
  }

  JpaEvents(Supplier<EntityManager> entityManager) {
    this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
  }

  @Override
  public Optional<Event> byId(EventId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(entityManager.get().find(EventJpaEntity.class, id.value()))
        .map(EventMapper::toDomain);
  }

  @Override
  public Optional<Event> lockedById(EventId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(locked(id.value())).map(EventMapper::toDomain);
  }

  @Override
  public Optional<Event> lockedByCancellationHash(String cancellationHash) {
    Objects.requireNonNull(cancellationHash, "cancellationHash");
    List<UUID> ids =
        entityManager
            .get()
            .createQuery(
                "select e.id from EventJpaEntity e join e.registrations r"
                    + " where r.cancellationHash = :hash",
                UUID.class)
            .setParameter("hash", cancellationHash)
            .getResultList();
    return ids.stream().findFirst().map(this::locked).map(EventMapper::toDomain);
  }

  @Override
  public void add(Event event) {
    Objects.requireNonNull(event, "event");
    EntityManager em = entityManager.get();
    em.persist(EventMapper.toNewEntity(event));
    em.flush();
  }

  /**
   * {@inheritDoc}
   *
   * <p>One flush for all: a flush per event would check every event and registration persisted
   * before it again.
   */
  @Override
  public void addAll(List<Event> added) {
    Objects.requireNonNull(added, "events");
    EntityManager em = entityManager.get();
    added.forEach(event -> em.persist(EventMapper.toNewEntity(event)));
    em.flush();
  }

  @Override
  public void save(Event event) {
    Objects.requireNonNull(event, "event");
    EntityManager em = entityManager.get();
    EventJpaEntity entity = locked(event.id().value());
    if (entity == null || entity.version != event.version()) {
      throw new ConcurrentUpdateException("event " + event.id(), null);
    }
    EventMapper.copy(event, entity);
    entity.version = event.version() + 1;
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        // Only a writer that bypassed the lock can get here: the constraints keep one row per
        // person and one place per queue position.
        throw new ConcurrentUpdateException("event " + event.id(), e);
      }
      throw e;
    }
  }

  @Override
  public List<Event> upcoming(Instant now) {
    Objects.requireNonNull(now, "now");
    return entityManager
        .get()
        .createQuery(
            "select e from EventJpaEntity e where e.endAt > :now order by e.startAt, e.id",
            EventJpaEntity.class)
        .setParameter("now", StoredInstants.stored(now))
        .getResultList()
        .stream()
        .map(EventMapper::toDomain)
        .toList();
  }

  @Override
  public List<Event> all() {
    return entityManager
        .get()
        .createQuery(
            "select e from EventJpaEntity e order by e.startAt desc, e.id", EventJpaEntity.class)
        .getResultList()
        .stream()
        .map(EventMapper::toDomain)
        .toList();
  }

  @Override
  public List<EventOverview> overviews() {
    EntityManager em = entityManager.get();
    if (!StampedCache.untouched(em, EventJpaEntity.class)) {
      return readOverviews(em);
    }
    // Registrations are written only through their event's save, which raises its version, so the
    // event table's stamp covers them too: a registration or a staff edit shows on the next read.
    List<?> stamp = StampedCache.stamp(em, "EventJpaEntity");
    List<EventOverview> held = overviews.get(Boolean.TRUE, stamp);
    if (held == null) {
      held = readOverviews(em);
      overviews.put(Boolean.TRUE, stamp, held);
    }
    return held;
  }

  /** Two statements: the events without their registrations, then the registrations' counts. */
  private static List<EventOverview> readOverviews(EntityManager em) {
    Map<UUID, int[]> counts = new HashMap<>();
    em.createQuery(
            "select e.id, r.status, count(r) from EventJpaEntity e join e.registrations r"
                + " group by e.id, r.status",
            Object[].class)
        .getResultList()
        .forEach(
            row -> {
              RegistrationStatus status =
                  RegistrationStatus.fromCode((String) row[1])
                      .orElseThrow(() -> new IllegalStateException("status " + row[1]));
              int[] seatedAndWaiting = counts.computeIfAbsent((UUID) row[0], id -> new int[2]);
              int n = ((Number) row[2]).intValue();
              if (status.holdsSeat()) {
                seatedAndWaiting[0] += n;
              } else if (status == RegistrationStatus.WAITING) {
                seatedAndWaiting[1] += n;
              }
            });
    return em
        .createQuery(
            "select e from EventJpaEntity e order by e.startAt, e.id", EventJpaEntity.class)
        // Read-only: nothing to dirty-check at commit; the registrations stay unloaded.
        .setHint(HibernateHints.HINT_READ_ONLY, true)
        .getResultList()
        .stream()
        .map(
            e -> {
              int[] n = counts.getOrDefault(e.id, new int[2]);
              return new EventOverview(
                  new EventId(e.id), EventMapper.details(e), n[0], n[1], e.version);
            })
        .toList();
  }

  private EventJpaEntity locked(UUID id) {
    EntityManager em = entityManager.get();
    EventJpaEntity entity = em.find(EventJpaEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (entity != null) {
      // A copy read before the lock may be stale: read the row as the lock holder sees it.
      em.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
    }
    return entity;
  }
}
