package lu.creativecluster.application.port.in.mission;

import java.util.Objects;
import lu.creativecluster.domain.mission.MissionApplication;

/** Read model: an application with the name of the member behind it. */
public record ApplicationView(MissionApplication application, String displayName) {

  public ApplicationView {
    Objects.requireNonNull(application, "application");
    Objects.requireNonNull(displayName, "displayName");
  }
}
