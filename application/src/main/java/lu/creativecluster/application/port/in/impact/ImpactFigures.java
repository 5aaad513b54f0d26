package lu.creativecluster.application.port.in.impact;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.project.EuroAmount;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * Read model: the cluster's figures over one period. The public ones are always filled; {@code
 * totalVolume} (confidential projects' volume included) and {@code projects} (by name) only for
 * staff and partner systems with {@code stats:read}.
 *
 * @param activeMembers members active now who were members by the end of the period
 * @param newMembers members who became members during the period (merged duplicates not counted)
 * @param community active members plus the distinct people (by e-mail address, no member's) who
 *     registered for an event or asked an inquiry during the period
 * @param projectsStarted projects whose start falls in the period and that run or ran (running,
 *     completed)
 * @param publicVolume the volume of the public ones among them
 * @param projectGoal the goal for projects started in the period (yearly goal times years touched)
 * @param missions missions that started in the period (not planned, not cancelled)
 * @param missionParticipants selected participants of those missions
 * @param partnersByCountry partner organisations with a cooperation running during the period
 * @param eventsHeld events that started in the period, up to now
 * @param attendance registrations of those events checked as attended
 * @param visitors visitors per day, added up over the days (a visitor's key changes every day, by
 *     design, so the same person on two days counts twice)
 */
public record ImpactFigures(
    ImpactPeriod period,
    long activeMembers,
    long newMembers,
    Map<SectorCode, Long> membersBySector,
    long community,
    long inquiriesReceived,
    long inquiriesAnswered,
    Optional<Duration> medianTimeToAnswer,
    long projectsStarted,
    EuroAmount publicVolume,
    Optional<EuroAmount> totalVolume,
    int projectGoal,
    long missions,
    long missionParticipants,
    Map<CountryCode, Long> partnersByCountry,
    long eventsHeld,
    long attendance,
    long visitors,
    long pageViews,
    Duration averageVisit,
    List<ProjectLine> projects) {

  public ImpactFigures {
    Objects.requireNonNull(period, "period");
    membersBySector = Map.copyOf(membersBySector);
    partnersByCountry = Map.copyOf(partnersByCountry);
    projects = List.copyOf(projects);
  }

  /** Projects started per goal, 0 to any: 1 means the goal is met. */
  public double goalProgress() {
    return projectGoal == 0 ? 0 : (double) projectsStarted / projectGoal;
  }

  public long partnerOrganisations() {
    return partnersByCountry.values().stream().mapToLong(Long::longValue).sum();
  }

  /** A project started in the period, by name (staff and stats:read only). */
  public record ProjectLine(
      String id,
      String title,
      String partner,
      String status,
      EuroAmount volume,
      boolean isPublic) {}
}
