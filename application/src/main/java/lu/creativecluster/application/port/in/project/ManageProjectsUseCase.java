package lu.creativecluster.application.port.in.project;

import java.util.List;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.project.IllegalProjectTransitionException;
import lu.creativecluster.domain.project.Project;

/**
 * Use case: staff record the cluster's projects and keep them up to date. Every method throws
 * {@link AccessDeniedException} for anyone but staff.
 */
public interface ManageProjectsUseCase {

  Project record(RecordProjectCommand command);

  /**
   * @throws ProjectNotFoundException if there is no such project
   * @throws ConcurrentUpdateException if it changed since the expected version
   */
  Project revise(ReviseProjectCommand command);

  /**
   * @throws IllegalProjectTransitionException if its status does not lead there
   * @throws ConcurrentUpdateException if it changed since the expected version
   */
  Project changeStatus(ChangeProjectStatusCommand command);

  /** Every project, newest first. */
  List<Project> all(Actor actor);
}
