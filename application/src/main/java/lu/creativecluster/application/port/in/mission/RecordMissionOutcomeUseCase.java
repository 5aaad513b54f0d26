package lu.creativecluster.application.port.in.mission;

import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.mission.Mission;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.mission.ParticipantOutcome;

/** Use case: after a completed mission, staff record what each participant took home. */
public interface RecordMissionOutcomeUseCase {

  Mission record(
      Actor actor,
      MissionId mission,
      MemberId member,
      ParticipantOutcome outcome,
      String sourceAddress);
}
