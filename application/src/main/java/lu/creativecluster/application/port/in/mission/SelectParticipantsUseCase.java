package lu.creativecluster.application.port.in.mission;

import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.mission.Mission;
import lu.creativecluster.domain.mission.MissionId;

/**
 * Use case: staff select applicants up to the capacity, wait-list or decline them; every decision
 * mails the applicant its outcome (through the outbox, in the language it applied in).
 */
public interface SelectParticipantsUseCase {

  Mission decide(
      Actor actor,
      MissionId mission,
      MemberId member,
      SelectionDecision decision,
      String sourceAddress);
}
