package lu.creativecluster.application.service.project;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.project.Projects;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.project.Project;
import lu.creativecluster.domain.project.ProjectId;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * Test fake of the {@link Projects} port. Like a database it hands out copies and saves only from
 * the version it handed out.
 */
public final class InMemoryProjects implements Projects {

  private static final Comparator<Project> NEWEST_FIRST =
      Comparator.comparing(Project::createdAt).reversed();

  private final Map<ProjectId, Project> stored = new LinkedHashMap<>();

  @Override
  public Optional<Project> byId(ProjectId id) {
    return Optional.ofNullable(stored.get(id)).map(p -> copy(p, p.version()));
  }

  @Override
  public void add(Project project) {
    if (stored.containsKey(project.id())) {
      throw new IllegalStateException("project " + project.id() + " exists");
    }
    stored.put(project.id(), copy(project, 0));
  }

  @Override
  public void save(Project project) {
    Project current = stored.get(project.id());
    if (current == null || current.version() != project.version()) {
      throw new ConcurrentUpdateException("project " + project.id(), null);
    }
    stored.put(project.id(), copy(project, project.version() + 1));
  }

  private final Map<MemberId, Set<SectorCode>> activeMemberSectors = new HashMap<>();

  /** What the member store would answer: this member is active, in these sectors. */
  public void activeMember(MemberId member, Set<SectorCode> sectors) {
    activeMemberSectors.put(member, Set.copyOf(sectors));
  }

  @Override
  public Set<ProjectId> withActiveCreativeIn(SectorCode sector) {
    return stored.values().stream()
        .filter(
            p ->
                p.details().creatives().stream()
                    .anyMatch(m -> activeMemberSectors.getOrDefault(m, Set.of()).contains(sector)))
        .map(Project::id)
        .collect(Collectors.toSet());
  }

  @Override
  public List<Project> all() {
    return select(p -> true);
  }

  @Override
  public List<Project> publicOnes() {
    return select(Project::isPublic);
  }

  @Override
  public List<Project> involvingAny(List<MemberId> members) {
    return select(p -> members.stream().anyMatch(p::involves));
  }

  private List<Project> select(Predicate<Project> filter) {
    return stored.values().stream()
        .filter(filter)
        .sorted(NEWEST_FIRST)
        .map(p -> copy(p, p.version()))
        .toList();
  }

  private static Project copy(Project p, long version) {
    return Project.reconstitute(
        p.id(), p.details(), p.status(), p.createdAt(), p.statusChangedAt(), version);
  }
}
