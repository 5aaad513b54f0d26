package lu.creativecluster.application.service.mission;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.mission.MissionCriteria;
import lu.creativecluster.application.port.out.mission.MissionSlice;
import lu.creativecluster.application.port.out.mission.Missions;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.mission.Mission;
import lu.creativecluster.domain.mission.MissionId;

/**
 * Test fake of {@link Missions} and the reference of its list semantics: hands out copies and saves
 * only from the version it handed out.
 */
public final class InMemoryMissions implements Missions {

  private final Map<MissionId, Mission> stored = new LinkedHashMap<>();

  @Override
  public synchronized Optional<Mission> byId(MissionId id) {
    return Optional.ofNullable(stored.get(id)).map(m -> copy(m, m.version()));
  }

  @Override
  public synchronized void add(Mission mission) {
    stored.put(mission.id(), copy(mission, 0));
  }

  @Override
  public synchronized void save(Mission mission) {
    Mission current = stored.get(mission.id());
    if (current == null || current.version() != mission.version()) {
      throw new ConcurrentUpdateException("mission " + mission.id(), null);
    }
    stored.put(mission.id(), copy(mission, mission.version() + 1));
  }

  @Override
  public synchronized MissionSlice find(
      MissionCriteria criteria, boolean latestFirst, int page, int size) {
    Comparator<Mission> byStart = Comparator.comparing(m -> m.plan().dates().start());
    if (latestFirst) {
      byStart = byStart.reversed();
    }
    // The id as text orders like the database's uuid (unsigned, byte by byte).
    List<Mission> hits =
        stored.values().stream()
            .filter(m -> matches(m, criteria))
            .sorted(byStart.thenComparing(m -> m.id().value().toString()))
            .toList();
    int from = (int) Math.min((long) page * size, hits.size());
    int to = Math.min(from + size, hits.size());
    return new MissionSlice(
        hits.subList(from, to).stream().map(m -> copy(m, m.version())).toList(), hits.size());
  }

  @Override
  public synchronized List<Mission> appliedToBy(MemberId member) {
    return stored.values().stream()
        .filter(m -> m.application(member).isPresent())
        .sorted(
            Comparator.comparing((Mission m) -> m.plan().dates().start())
                .reversed()
                .thenComparing(m -> m.id().value().toString()))
        .map(m -> copy(m, m.version()))
        .toList();
  }

  /** Every mission, for the fake export figures. */
  synchronized List<Mission> all() {
    return stored.values().stream().map(m -> copy(m, m.version())).toList();
  }

  static boolean matches(Mission m, MissionCriteria c) {
    var plan = m.plan();
    return (c.statuses().isEmpty() || c.statuses().contains(m.status()))
        && c.country().map(plan.destinationCountry()::equals).orElse(true)
        && c.sector()
            .map(s -> plan.targetSectors().isEmpty() || plan.targetSectors().contains(s))
            .orElse(true)
        && c.from().map(from -> !plan.dates().end().isBefore(from)).orElse(true)
        && c.to().map(to -> !plan.dates().start().isAfter(to)).orElse(true);
  }

  static Mission copy(Mission m, long version) {
    return Mission.reconstitute(m.id(), m.plan(), m.status(), m.applications(), version);
  }
}
