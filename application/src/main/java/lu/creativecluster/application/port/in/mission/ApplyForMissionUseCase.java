package lu.creativecluster.application.port.in.mission;

import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.mission.MissionApplication;
import lu.creativecluster.domain.mission.MissionId;

/**
 * Use case: a member (the person managing its record) applies to a mission, withdraws, or changes
 * its consent to be listed publicly. Refusals are the domain's named exceptions (second
 * application, deadline passed, mission not open).
 */
public interface ApplyForMissionUseCase {

  MissionApplication apply(ApplyForMissionCommand command);

  /** Withdraws; a freed place goes to the first on the waiting list, who is mailed. */
  void withdraw(Actor actor, MissionId mission, MemberId member);

  void changeListing(Actor actor, MissionId mission, MemberId member, boolean listedPublicly);
}
