package lu.creativecluster.adapter.persistence.project;

import static lu.creativecluster.adapter.persistence.store.PersistenceFailures.isStale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.ClusterStore;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.project.Projects;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.project.Project;
import lu.creativecluster.domain.project.ProjectId;
import lu.creativecluster.domain.project.ProjectVisibility;

/**
 * Persistence adapter: projects, kept through JPA. Writes need the caller's transaction and flush
 * at once, so a refused write fails the call that made it.
 */
@ApplicationScoped
public class JpaProjects implements Projects {

  private static final String NEWEST_FIRST = " order by p.createdAt desc, p.id";

  private final Supplier<EntityManager> entityManager;

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
    return entityManager
        .get()
        .createQuery(
            "select p from ProjectJpaEntity p where p.visibility = :visibility" + NEWEST_FIRST,
            ProjectJpaEntity.class)
        .setParameter("visibility", ProjectVisibility.PUBLIC.code())
        .getResultList()
        .stream()
        .map(ProjectMapper::toDomain)
        .toList();
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
