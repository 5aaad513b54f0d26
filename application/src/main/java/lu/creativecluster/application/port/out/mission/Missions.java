package lu.creativecluster.application.port.out.mission;

import java.util.List;
import java.util.Optional;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.mission.Mission;
import lu.creativecluster.domain.mission.MissionId;

/** Outbound port: where missions and their applications are kept. */
public interface Missions {

  Optional<Mission> byId(MissionId id);

  /** Stores a new mission at version 0. */
  void add(Mission mission);

  /**
   * Saves a changed mission with its applications; the stored version goes up by one.
   *
   * @throws ConcurrentUpdateException if it changed since it was read
   */
  void save(Mission mission);

  /**
   * The missions matching the criteria, by start day (earliest first; latest first when {@code
   * latestFirst}), then id; page from 0.
   */
  MissionSlice find(MissionCriteria criteria, boolean latestFirst, int page, int size);

  /** The missions the member applied to, latest start first. */
  List<Mission> appliedToBy(MemberId member);
}
