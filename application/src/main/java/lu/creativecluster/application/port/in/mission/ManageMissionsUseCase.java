package lu.creativecluster.application.port.in.mission;

import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.mission.Mission;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.mission.MissionPlan;

/** Use case: staff plan missions, change them, and move them through their life. */
public interface ManageMissionsUseCase {

  Mission create(Actor actor, MissionPlan plan, String sourceAddress);

  /**
   * @param version the version the editor read; another one means someone changed it meanwhile
   */
  Mission revise(Actor actor, MissionId id, long version, MissionPlan plan, String sourceAddress);

  Mission changeStatus(Actor actor, MissionId id, MissionStatusChange change, String sourceAddress);
}
