package lu.creativecluster.application.service.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import lu.creativecluster.application.port.in.project.ListProjectsUseCase;
import lu.creativecluster.application.port.in.project.ProjectNotFoundException;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.application.port.out.project.Projects;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.project.Project;
import lu.creativecluster.domain.project.ProjectId;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * Use case service: projects as visitors and members may see them. Confidential projects are shown
 * only to staff and to the members in them; to anyone else they do not exist.
 */
@ApplicationScoped
@Transactional
public class ListProjectsService implements ListProjectsUseCase {

  private final Projects projects;
  private final Members members;

  /** For CDI's client proxy only. */
  protected ListProjectsService() {
    this(null, null);
  }

  @Inject
  public ListProjectsService(Projects projects, Members members) {
    this.projects = projects;
    this.members = members;
  }

  @Override
  public List<Project> publicProjects() {
    return projects.publicOnes();
  }

  @Override
  public Set<ProjectId> withCreativeIn(SectorCode sector) {
    return projects.withActiveCreativeIn(sector);
  }

  @Override
  public List<Project> ownProjects(Actor actor) {
    List<MemberId> own = ProjectAccess.membersOf(actor, members);
    return own.isEmpty() ? List.of() : projects.involvingAny(own);
  }

  @Override
  public Project show(Actor actor, ProjectId id) {
    Project project =
        projects.byId(id).orElseThrow(() -> new ProjectNotFoundException(id.toString()));
    if (project.isPublic() || ProjectAccess.isStaff(actor)) {
      return project;
    }
    if (ProjectAccess.membersOf(actor, members).stream().anyMatch(project::involves)) {
      return project;
    }
    throw new ProjectNotFoundException(id.toString());
  }
}
