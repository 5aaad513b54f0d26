package lu.creativecluster.application.port.in.project;

import java.util.Objects;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.project.ProjectId;
import lu.creativecluster.domain.project.ProjectStatus;

/** Command: staff move a project on (matching, running, completed) or abandon it. */
public record ChangeProjectStatusCommand(
    Actor actor, ProjectId project, long expectedVersion, ProjectStatus target) {

  public ChangeProjectStatusCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(target, "target");
  }
}
