package lu.creativecluster.application.service.mission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import lu.creativecluster.application.port.in.mission.RecordMissionOutcomeUseCase;
import lu.creativecluster.application.port.in.mission.SelectParticipantsUseCase;
import lu.creativecluster.application.port.in.mission.SelectionDecision;
import lu.creativecluster.application.port.out.account.Accounts;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.application.port.out.mail.MailOutbox;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.application.port.out.mission.MissionMailTemplates;
import lu.creativecluster.application.port.out.mission.Missions;
import lu.creativecluster.application.service.cooperation.CooperationAccess;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.mission.Mission;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.mission.ParticipantOutcome;

/**
 * Use case service: staff select, wait-list or decline applicants, each decision mailed to the
 * applicant, and record the participants' outcomes after the mission.
 */
@ApplicationScoped
@Transactional
public class SelectParticipantsService
    implements SelectParticipantsUseCase, RecordMissionOutcomeUseCase {

  private final Missions missions;
  private final OutcomeMails mails;
  private final AuditLog auditLog;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected SelectParticipantsService() {
    this.missions = null;
    this.mails = null;
    this.auditLog = null;
    this.clock = null;
  }

  @Inject
  public SelectParticipantsService(
      Missions missions,
      Members members,
      Accounts accounts,
      MailOutbox outbox,
      MissionMailTemplates templates,
      AuditLog auditLog,
      Clock clock) {
    this.missions = missions;
    this.mails = new OutcomeMails(members, accounts, outbox, templates);
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public Mission decide(
      Actor actor,
      MissionId missionId,
      MemberId member,
      SelectionDecision decision,
      String sourceAddress) {
    CooperationAccess.requireStaff(actor, "select mission participants");
    Mission mission = MissionSupport.load(missions, missionId);
    Instant now = clock.instant();
    switch (decision) {
      case SELECT -> mission.select(member, now);
      case WAITLIST -> mission.waitlist(member, now);
      case DECLINE -> mission.decline(member, now);
    }
    missions.save(mission);
    mails.tell(mission, member, now);
    auditLog.append(
        AuditEvent.of(
            now,
            actor.getName(),
            AuditAction.MISSION_APPLICATION_DECIDED,
            missionId + " " + member + " " + decision.name().toLowerCase(java.util.Locale.ROOT),
            sourceAddress));
    return MissionSupport.load(missions, missionId);
  }

  @Override
  public Mission record(
      Actor actor,
      MissionId missionId,
      MemberId member,
      ParticipantOutcome outcome,
      String sourceAddress) {
    CooperationAccess.requireStaff(actor, "record mission outcomes");
    Mission mission = MissionSupport.load(missions, missionId);
    mission.recordOutcome(member, outcome);
    missions.save(mission);
    auditLog.append(
        AuditEvent.of(
            clock.instant(),
            actor.getName(),
            AuditAction.MISSION_OUTCOME_RECORDED,
            missionId + " " + member,
            sourceAddress));
    return MissionSupport.load(missions, missionId);
  }
}
