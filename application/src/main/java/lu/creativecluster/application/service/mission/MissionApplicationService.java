package lu.creativecluster.application.service.mission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import lu.creativecluster.application.port.in.mission.ApplyForMissionCommand;
import lu.creativecluster.application.port.in.mission.ApplyForMissionUseCase;
import lu.creativecluster.application.port.out.account.Accounts;
import lu.creativecluster.application.port.out.mail.MailOutbox;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.application.port.out.mission.MissionMailTemplates;
import lu.creativecluster.application.port.out.mission.Missions;
import lu.creativecluster.application.service.cooperation.CooperationAccess;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.mission.Mission;
import lu.creativecluster.domain.mission.MissionApplication;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.mission.MissionNotOpenException;

/**
 * Use case service: a member applies to a mission, withdraws, or changes its listing consent. Only
 * the signed-in person managing an active member record acts for it (staff may too).
 */
@ApplicationScoped
@Transactional
public class MissionApplicationService implements ApplyForMissionUseCase {

  private final Missions missions;
  private final Members members;
  private final OutcomeMails mails;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected MissionApplicationService() {
    this.missions = null;
    this.members = null;
    this.mails = null;
    this.clock = null;
  }

  @Inject
  public MissionApplicationService(
      Missions missions,
      Members members,
      Accounts accounts,
      MailOutbox outbox,
      MissionMailTemplates templates,
      Clock clock) {
    this.missions = missions;
    this.members = members;
    this.mails = new OutcomeMails(members, accounts, outbox, templates);
    this.clock = clock;
  }

  @Override
  public MissionApplication apply(ApplyForMissionCommand command) {
    Member member =
        CooperationAccess.ownedMember(
            members, command.actor(), command.member(), "apply to a mission");
    if (member.status() != MemberStatus.ACTIVE) {
      throw new MissionNotOpenException(
          "only an active member applies to missions; member "
              + member.id()
              + " is "
              + member.status().code());
    }
    Mission mission = MissionSupport.visible(missions, command.actor(), command.mission());
    Instant now = clock.instant();
    MissionApplication application =
        mission.apply(
            member.id(),
            command.motivation(),
            command.language(),
            command.listedPublicly(),
            MissionSupport.today(clock),
            now);
    missions.save(mission);
    return application;
  }

  @Override
  public void withdraw(Actor actor, MissionId missionId, MemberId memberId) {
    CooperationAccess.ownedMember(members, actor, memberId, "withdraw an application");
    Mission mission = MissionSupport.visible(missions, actor, missionId);
    Instant now = clock.instant();
    Optional<MemberId> promoted = mission.withdraw(memberId, now);
    missions.save(mission);
    promoted.ifPresent(next -> mails.tell(mission, next, now));
  }

  @Override
  public void changeListing(
      Actor actor, MissionId missionId, MemberId memberId, boolean listedPublicly) {
    CooperationAccess.ownedMember(members, actor, memberId, "change its listing");
    Mission mission = MissionSupport.visible(missions, actor, missionId);
    mission.changeListing(memberId, listedPublicly);
    missions.save(mission);
  }
}
