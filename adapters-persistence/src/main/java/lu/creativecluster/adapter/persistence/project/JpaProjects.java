package lu.creativecluster.adapter.persistence.project;

import static lu.creativecluster.adapter.persistence.store.PersistenceFailures.isStale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.ClusterStore;
import lu.creativecluster.adapter.persistence.store.StampedCache;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.project.Projects;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.project.Project;
import lu.creativecluster.domain.project.ProjectId;
import lu.creativecluster.domain.project.ProjectVisibility;
import lu.creativecluster.domain.sector.SectorCode;
import org.hibernate.jpa.HibernateHints;

/**
 * Persistence adapter: projects, kept through JPA. Writes need the caller's transaction and flush
 * at once, so a refused write fails the call that made it.
 */
@ApplicationScoped
public class JpaProjects implements Projects {

  private static final String NEWEST_FIRST = " order by p.createdAt desc, p.id";

  private final Supplier<EntityManager> entityManager;

  // The public list is read on every request to the project list and pages; it is kept while the
  // project table's stamp holds.
  private final StampedCache<Boolean, List<Project>> publicOnes = new StampedCache<>(1);

  /** For CDI's client proxy only. */
  protected JpaProjects() {
    this.entityManager = null;
  }

  @Inject
  JpaProjects(ClusterStore store) {
    this(store::entityManager);
  }

  JpaProjects(Supplier<EntityManager> entityManager) {
    this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
  }

  @Override
  public Optional<Project> byId(ProjectId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(entityManager.get().find(ProjectJpaEntity.class, id.value()))
        .map(ProjectMapper::toDomain);
  }

  @Override
  public void add(Project project) {
    Objects.requireNonNull(project, "project");
    EntityManager em = entityManager.get();
    em.persist(ProjectMapper.toNewEntity(project));
    em.flush();
  }

  @Override
  public void save(Project project) {
    Objects.requireNonNull(project, "project");
    EntityManager em = entityManager.get();
    ProjectJpaEntity entity = em.find(ProjectJpaEntity.class, project.id().value());
    if (entity == null || entity.version != project.version()) {
      throw new ConcurrentUpdateException("project " + project.id(), null);
    }
    ProjectMapper.copy(project, entity);
    // A change of the creatives alone raises the version too: Hibernate counts the owned
    // collection as part of the entity.
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isStale(e)) {
        throw new ConcurrentUpdateException("project " + project.id(), e);
      }
      throw e;
    }
  }

  @Override
  public List<Project> all() {
    return entityManager
        .get()
        .createQuery("select p from ProjectJpaEntity p" + NEWEST_FIRST, ProjectJpaEntity.class)
        .getResultList()
        .stream()
        .map(ProjectMapper::toDomain)
        .toList();
  }

  @Override
  public List<Project> publicOnes() {
    EntityManager em = entityManager.get();
    if (!StampedCache.untouched(em, ProjectJpaEntity.class)) {
      return readPublicOnes(em);
    }
    // Every save raises the version (a change of the creatives too) and projects are never
    // deleted, so the project table's stamp changes with each committed write (see StampedCache).
    List<?> stamp = StampedCache.stamp(em, "ProjectJpaEntity");
    List<Project> held = publicOnes.get(Boolean.TRUE, stamp);
    if (held == null) {
      held = readPublicOnes(em);
      publicOnes.put(Boolean.TRUE, stamp, held);
    }
    return held.stream().map(JpaProjects::copy).toList();
  }

  private static List<Project> readPublicOnes(EntityManager em) {
    return em
        .createQuery(
            "select p from ProjectJpaEntity p where p.visibility = :visibility" + NEWEST_FIRST,
            ProjectJpaEntity.class)
        .setParameter("visibility", ProjectVisibility.PUBLIC.code())
        .setHint(HibernateHints.HINT_READ_ONLY, true)
        .getResultList()
        .stream()
        .map(ProjectMapper::toDomain)
        .toList();
  }

  /** Each caller gets its own aggregate (it is mutable); its parts are immutable values. */
  private static Project copy(Project p) {
    return Project.reconstitute(
        p.id(), p.details(), p.status(), p.createdAt(), p.statusChangedAt(), p.version());
  }

  @Override
  public Set<ProjectId> withActiveCreativeIn(SectorCode sector) {
    Objects.requireNonNull(sector, "sector");
    // The member tables as the impact counts read them: active members are the public ones.
    List<?> ids =
        entityManager
            .get()
            .createNativeQuery(
                // As text: H2 hands a native query's UUID out as bytes, PostgreSQL as a UUID.
                "SELECT DISTINCT CAST(pm.project_id AS VARCHAR(36)) FROM project_member pm"
                    + " JOIN member m ON m.id = pm.member_id"
                    + " JOIN member_sector s ON s.member_id = m.id"
                    + " WHERE m.status = 'active' AND s.sector_code = ?1")
            .setParameter(1, sector.value())
            .getResultList();
    Set<ProjectId> projects = new HashSet<>();
    for (Object id : ids) {
      projects.add(new ProjectId(UUID.fromString(id.toString())));
    }
    return projects;
  }

  @Override
  public List<Project> involvingAny(List<MemberId> members) {
    if (members.isEmpty()) {
      return List.of();
    }
    return entityManager
        .get()
        .createQuery(
            "select p from ProjectJpaEntity p where exists (select 1 from ProjectJpaEntity q"
                + " join q.members m where q = p and m in :members)"
                + NEWEST_FIRST,
            ProjectJpaEntity.class)
        .setParameter("members", members.stream().map(MemberId::value).toList())
        .getResultList()
        .stream()
        .map(ProjectMapper::toDomain)
        .toList();
  }
}
