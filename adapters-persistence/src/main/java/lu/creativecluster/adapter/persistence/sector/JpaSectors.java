package lu.creativecluster.adapter.persistence.sector;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.ClusterStore;
import lu.creativecluster.application.port.out.sector.Sectors;
import lu.creativecluster.domain.sector.Sector;
import lu.creativecluster.domain.sector.SectorCode;

/** Persistence adapter: the sectors, read through JPA from the database the cluster runs on. */
@ApplicationScoped
public class JpaSectors implements Sectors {

  // Fetches translations and NACE classes with the sectors in one statement: callers often read
  // outside a transaction, where the entities come back detached and cannot load lazily.
  private static final String SECTORS_WITH_DETAILS =
      "select s from SectorJpaEntity s"
          + " left join fetch s.translations"
          + " left join fetch s.naceClasses";

  private final Supplier<EntityManager> entityManager;

  /** For CDI's client proxy only. */
  protected JpaSectors() {
    this.entityManager = null;
  }

  @Inject
  JpaSectors(ClusterStore store) {
    this(store::entityManager);
  }

  JpaSectors(Supplier<EntityManager> entityManager) {
    this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
  }

  @Override
  public List<Sector> all() {
    return entityManager
        .get()
        .createQuery(SECTORS_WITH_DETAILS + " order by s.position", SectorJpaEntity.class)
        .getResultList()
        .stream()
        .map(SectorMapper::toDomain)
        .toList();
  }

  @Override
  public Optional<Sector> byCode(SectorCode code) {
    Objects.requireNonNull(code, "code");
    return entityManager
        .get()
        .createQuery(SECTORS_WITH_DETAILS + " where s.code = :code", SectorJpaEntity.class)
        .setParameter("code", code.value())
        .getResultList()
        .stream()
        .findFirst()
        .map(SectorMapper::toDomain);
  }
}
