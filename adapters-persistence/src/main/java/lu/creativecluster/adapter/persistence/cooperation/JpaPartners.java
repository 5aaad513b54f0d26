package lu.creativecluster.adapter.persistence.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.ClusterStore;
import lu.creativecluster.adapter.persistence.store.StampedCache;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.cooperation.Partners;
import lu.creativecluster.domain.cooperation.PartnerId;
import lu.creativecluster.domain.cooperation.PartnerOrganisation;
import lu.creativecluster.domain.member.CountryCode;

/**
 * Persistence adapter: the partner organisations, kept through JPA. A save locks the row, compares
 * the version read with the stored one and raises it, so two saves from the same version never both
 * succeed, and a save without a change still counts as one.
 */
@ApplicationScoped
public class JpaPartners implements Partners {

  private final Supplier<EntityManager> entityManager;

  /**
   * Every partner as last read, under the single key {@link Boolean#TRUE}: the public list is read
   * on every request and changes only when staff edit a partner (see {@link StampedCache} for why a
   * cached list is used only while it is current, on any number of servers).
   */
  private final StampedCache<Boolean, List<PartnerOrganisation>> everyPartner;

  /** For CDI's client proxy only. */
  protected JpaPartners() {
    this.entityManager = null;
    this.everyPartner = null;
  }

  @Inject
  JpaPartners(ClusterStore store) {
    this(store::entityManager);
  }

  JpaPartners(Supplier<EntityManager> entityManager) {
    this(entityManager, StampedCache.RECHECK_MILLIS, System::nanoTime);
  }

  /** With the stamp asked at most once per {@code recheckMillis} on this clock (tests). */
  JpaPartners(Supplier<EntityManager> entityManager, long recheckMillis, LongSupplier nanoTime) {
    this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    this.everyPartner = new StampedCache<>(1, recheckMillis, nanoTime);
  }

  @Override
  public Optional<PartnerOrganisation> byId(PartnerId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(entityManager.get().find(PartnerJpaEntity.class, id.value()))
        .map(PartnerMapper::toDomain);
  }

  @Override
  public List<PartnerOrganisation> list(Optional<CountryCode> country) {
    EntityManager em = entityManager.get();
    if (!StampedCache.untouched(em, PartnerJpaEntity.class)) {
      return query(country);
    }
    List<?> stamp = everyPartner.currentStamp(em, "PartnerJpaEntity");
    List<PartnerOrganisation> all = everyPartner.get(Boolean.TRUE, stamp);
    if (all == null) {
      all = query(Optional.empty());
      everyPartner.put(Boolean.TRUE, stamp, all);
    }
    // Each caller gets its own aggregates (they are mutable); their parts are immutable values.
    return all.stream()
        .filter(p -> country.isEmpty() || p.details().country().equals(country.get()))
        .map(
            p ->
                PartnerOrganisation.reconstitute(
                    p.id(), p.details(), p.cooperations(), p.archived(), p.version()))
        .toList();
  }

  /** Sorted by country first, so filtering the full list by country keeps the query's order. */
  private List<PartnerOrganisation> query(Optional<CountryCode> country) {
    String where = country.isPresent() ? " where p.country = :country" : "";
    var query =
        entityManager
            .get()
            .createQuery(
                "select p from PartnerJpaEntity p" + where + " order by p.country, p.name, p.id",
                PartnerJpaEntity.class);
    country.ifPresent(c -> query.setParameter("country", c.alpha2()));
    return query.getResultList().stream().map(PartnerMapper::toDomain).toList();
  }

  @Override
  public void add(PartnerOrganisation partner) {
    Objects.requireNonNull(partner, "partner");
    PartnerJpaEntity entity = new PartnerJpaEntity(partner.id().value());
    PartnerMapper.copy(partner, entity);
    entity.version = 0;
    EntityManager em = entityManager.get();
    everyPartner.written(em);
    em.persist(entity);
    em.flush();
  }

  @Override
  public void save(PartnerOrganisation partner) {
    Objects.requireNonNull(partner, "partner");
    EntityManager em = entityManager.get();
    everyPartner.written(em);
    PartnerJpaEntity entity = em.find(PartnerJpaEntity.class, partner.id().value());
    if (entity != null) {
      // Read again under the lock: a copy loaded earlier in this transaction may be stale.
      em.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
    }
    if (entity == null || entity.version != partner.version()) {
      throw new ConcurrentUpdateException("partner " + partner.id(), null);
    }
    PartnerMapper.copy(partner, entity);
    entity.version = partner.version() + 1;
    em.flush();
  }
}
