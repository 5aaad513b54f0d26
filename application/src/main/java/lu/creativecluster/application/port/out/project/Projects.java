package lu.creativecluster.application.port.out.project;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.project.Project;
import lu.creativecluster.domain.project.ProjectId;
import lu.creativecluster.domain.sector.SectorCode;

/** Outbound port: where projects are kept, in every status. */
public interface Projects {

  Optional<Project> byId(ProjectId id);

  /** Stores a new project at version 0. */
  void add(Project project);

  /**
   * Saves a changed project; the stored version goes up by one.
   *
   * @throws ConcurrentUpdateException if it changed since it was read (its version differs)
   */
  void save(Project project);

  /** Every project, newest first, for staff. */
  List<Project> all();

  /** The public projects, newest first, for the public pages. */
  List<Project> publicOnes();

  /** The projects any of these members is a creative of, public or not, newest first. */
  List<Project> involvingAny(List<MemberId> members);

  /**
   * The projects, public or not, with an active member (one the public sees) of this sector among
   * their creatives: the sector filter of the public list, without reading each member's profile.
   */
  Set<ProjectId> withActiveCreativeIn(SectorCode sector);
}
