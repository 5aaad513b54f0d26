package lu.creativecluster.application.port.in.project;

import java.util.List;
import java.util.Set;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.project.Project;
import lu.creativecluster.domain.project.ProjectId;
import lu.creativecluster.domain.sector.SectorCode;

/** Use case: anyone reads the public projects; a member also sees the ones they are in. */
public interface ListProjectsUseCase {

  /** The public projects, newest first. */
  List<Project> publicProjects();

  /** Which projects have an active member (one the public sees) of this sector as a creative. */
  Set<ProjectId> withCreativeIn(SectorCode sector);

  /**
   * The projects that the members this person's account manages are in, confidential ones included,
   * newest first; empty for visitors, partner systems and people who manage no member.
   */
  List<Project> ownProjects(Actor actor);

  /**
   * One project as the actor may see it: public ones to anyone, confidential ones to staff and to
   * the members in it.
   *
   * @throws ProjectNotFoundException if there is none the actor may see (a confidential project
   *     stays unknown to others)
   */
  Project show(Actor actor, ProjectId id);
}
