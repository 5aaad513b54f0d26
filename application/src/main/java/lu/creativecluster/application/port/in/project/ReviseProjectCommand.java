package lu.creativecluster.application.port.in.project;

import java.util.Objects;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.project.ProjectDetails;
import lu.creativecluster.domain.project.ProjectId;

/**
 * Command: staff change what is recorded about a project.
 *
 * @param expectedVersion the version the form was filled from; an older one is a concurrent edit
 */
public record ReviseProjectCommand(
    Actor actor, ProjectId project, long expectedVersion, ProjectDetails details) {

  public ReviseProjectCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(details, "details");
  }
}
