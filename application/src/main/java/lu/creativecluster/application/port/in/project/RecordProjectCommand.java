package lu.creativecluster.application.port.in.project;

import java.util.Objects;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.project.ProjectDetails;

/** Command: staff record a new project (it starts as an idea). */
public record RecordProjectCommand(Actor actor, ProjectDetails details) {

  public RecordProjectCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(details, "details");
  }
}
