package lu.creativecluster.application.port.in.mission;

import java.util.Objects;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.mission.MissionPlan;
import lu.creativecluster.domain.mission.MissionStatus;

/** Read model: a mission in a list, with how many places are left. */
public record MissionSummary(MissionId id, MissionPlan plan, MissionStatus status, int placesLeft) {

  public MissionSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(status, "status");
  }
}
