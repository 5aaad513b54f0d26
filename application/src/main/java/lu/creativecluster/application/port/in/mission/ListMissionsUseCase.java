package lu.creativecluster.application.port.in.mission;

import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.mission.MissionId;

/**
 * Use case: anyone lists the missions (upcoming and past) and looks at one. Planned missions are
 * drafts: only staff see them.
 */
public interface ListMissionsUseCase {

  MissionList list(Actor actor, MissionListQuery query);

  /**
   * @throws MissionNotFoundException if there is none the actor may see
   */
  MissionView show(Actor actor, MissionId id);
}
