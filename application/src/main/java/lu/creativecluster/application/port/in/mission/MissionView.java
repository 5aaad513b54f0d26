package lu.creativecluster.application.port.in.mission;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.mission.MissionApplication;

/**
 * Read model: one mission as the actor may see it: the publicly listed participants for anyone,
 * every application (motivations included) for staff only, and the actor's own applications.
 *
 * @param version for optimistic locking by the editing form
 */
public record MissionView(
    MissionSummary mission,
    List<Participant> participants,
    List<ApplicationView> applications,
    List<MissionApplication> ownApplications,
    long version) {

  public MissionView {
    Objects.requireNonNull(mission, "mission");
    participants = List.copyOf(participants);
    applications = List.copyOf(applications);
    ownApplications = List.copyOf(ownApplications);
  }

  public Optional<MissionApplication> ownApplication() {
    return ownApplications.stream().findFirst();
  }
}
