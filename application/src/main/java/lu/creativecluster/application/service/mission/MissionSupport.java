package lu.creativecluster.application.service.mission;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import lu.creativecluster.application.port.in.mission.MissionNotFoundException;
import lu.creativecluster.application.port.in.mission.MissionSummary;
import lu.creativecluster.application.port.out.mission.Missions;
import lu.creativecluster.application.service.cooperation.CooperationAccess;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.mission.Mission;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.mission.MissionStatus;

/** What the mission services share: the cluster's calendar day, loading and who sees what. */
final class MissionSupport {

  /** Deadlines and mission days are days in Luxembourg, where the cluster sits. */
  static final ZoneId CLUSTER_ZONE = ZoneId.of("Europe/Luxembourg");

  private MissionSupport() {}

  static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), CLUSTER_ZONE);
  }

  static Mission load(Missions missions, MissionId id) {
    return missions.byId(id).orElseThrow(() -> new MissionNotFoundException(id.toString()));
  }

  /** A planned mission is a draft: only staff see it; to anyone else it does not exist. */
  static Mission visible(Missions missions, Actor actor, MissionId id) {
    Mission mission = load(missions, id);
    if (mission.status() == MissionStatus.PLANNED && !CooperationAccess.isStaff(actor)) {
      throw new MissionNotFoundException(id.toString());
    }
    return mission;
  }

  static MissionSummary summary(Mission mission) {
    return new MissionSummary(mission.id(), mission.plan(), mission.status(), mission.placesLeft());
  }
}
