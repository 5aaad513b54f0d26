package lu.creativecluster.application.service.mission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import lu.creativecluster.application.port.in.mission.ManageMissionsUseCase;
import lu.creativecluster.application.port.in.mission.MissionStatusChange;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.application.port.out.mission.Missions;
import lu.creativecluster.application.service.cooperation.CooperationAccess;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import lu.creativecluster.domain.mission.Mission;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.mission.MissionPlan;

/** Use case service: staff plan, change, open, close, complete and cancel missions. */
@ApplicationScoped
@Transactional
public class ManageMissionsService implements ManageMissionsUseCase {

  private final Missions missions;
  private final AuditLog auditLog;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected ManageMissionsService() {
    this(null, null, null);
  }

  @Inject
  public ManageMissionsService(Missions missions, AuditLog auditLog, Clock clock) {
    this.missions = missions;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public Mission create(Actor actor, MissionPlan plan, String sourceAddress) {
    CooperationAccess.requireStaff(actor, "plan missions");
    Mission mission = Mission.plan(MissionId.newId(), plan);
    missions.add(mission);
    audit(actor, AuditAction.MISSION_SAVED, mission.id().toString(), sourceAddress);
    return MissionSupport.load(missions, mission.id());
  }

  @Override
  public Mission revise(
      Actor actor, MissionId id, long version, MissionPlan plan, String sourceAddress) {
    CooperationAccess.requireStaff(actor, "change missions");
    Mission mission = MissionSupport.load(missions, id);
    if (mission.version() != version) {
      throw new ConcurrentUpdateException("mission " + id, null);
    }
    mission.revise(plan);
    missions.save(mission);
    audit(actor, AuditAction.MISSION_SAVED, id.toString(), sourceAddress);
    return MissionSupport.load(missions, id);
  }

  @Override
  public Mission changeStatus(
      Actor actor, MissionId id, MissionStatusChange change, String sourceAddress) {
    CooperationAccess.requireStaff(actor, "change a mission's status");
    Mission mission = MissionSupport.load(missions, id);
    switch (change) {
      case OPEN -> mission.open(MissionSupport.today(clock));
      case CLOSE -> mission.close();
      case COMPLETE -> mission.complete(MissionSupport.today(clock));
      case CANCEL -> mission.cancel();
    }
    missions.save(mission);
    audit(
        actor,
        AuditAction.MISSION_STATUS_CHANGED,
        id + " " + mission.status().code(),
        sourceAddress);
    return MissionSupport.load(missions, id);
  }

  private void audit(Actor actor, String action, String subject, String sourceAddress) {
    auditLog.append(
        AuditEvent.of(clock.instant(), actor.getName(), action, subject, sourceAddress));
  }
}
