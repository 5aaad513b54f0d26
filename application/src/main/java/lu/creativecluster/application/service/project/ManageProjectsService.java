package lu.creativecluster.application.service.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import lu.creativecluster.application.port.in.project.ChangeProjectStatusCommand;
import lu.creativecluster.application.port.in.project.ManageProjectsUseCase;
import lu.creativecluster.application.port.in.project.ProjectNotFoundException;
import lu.creativecluster.application.port.in.project.RecordProjectCommand;
import lu.creativecluster.application.port.in.project.ReviseProjectCommand;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.project.Projects;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.project.Project;
import lu.creativecluster.domain.project.ProjectId;

/** Use case service: staff record projects, correct them and move them through their stages. */
@ApplicationScoped
@Transactional
public class ManageProjectsService implements ManageProjectsUseCase {

  private final Projects projects;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected ManageProjectsService() {
    this(null, null);
  }

  @Inject
  public ManageProjectsService(Projects projects, Clock clock) {
    this.projects = projects;
    this.clock = clock;
  }

  @Override
  public Project record(RecordProjectCommand command) {
    ProjectAccess.requireStaff(command.actor(), "record projects");
    Project project = Project.propose(ProjectId.newId(), command.details(), clock.instant());
    projects.add(project);
    return load(project.id());
  }

  @Override
  public Project revise(ReviseProjectCommand command) {
    ProjectAccess.requireStaff(command.actor(), "change projects");
    Project project = loadAt(command.project(), command.expectedVersion());
    project.revise(command.details());
    projects.save(project);
    return load(project.id());
  }

  @Override
  public Project changeStatus(ChangeProjectStatusCommand command) {
    ProjectAccess.requireStaff(command.actor(), "move projects on");
    Project project = loadAt(command.project(), command.expectedVersion());
    project.moveTo(command.target(), clock.instant());
    projects.save(project);
    return load(project.id());
  }

  @Override
  public List<Project> all(Actor actor) {
    ProjectAccess.requireStaff(actor, "list every project");
    return projects.all();
  }

  private Project load(ProjectId id) {
    return projects.byId(id).orElseThrow(() -> new ProjectNotFoundException(id.toString()));
  }

  /** A form filled from an older version would silently undo someone else's change. */
  private Project loadAt(ProjectId id, long expectedVersion) {
    Project project = load(id);
    if (project.version() != expectedVersion) {
      throw new ConcurrentUpdateException("project " + id, null);
    }
    return project;
  }
}
