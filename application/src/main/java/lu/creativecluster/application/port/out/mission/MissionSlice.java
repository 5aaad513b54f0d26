package lu.creativecluster.application.port.out.mission;

import java.util.List;
import java.util.Objects;
import lu.creativecluster.domain.mission.Mission;

/** One page of missions found, and how many there are in all. */
public record MissionSlice(List<Mission> items, long total) {

  public MissionSlice {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
  }
}
