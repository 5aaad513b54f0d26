package lu.creativecluster.application.port.out.mission;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.mission.MissionStatus;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * Which missions to list: any of the statuses (empty: all), to one destination country, targeting a
 * sector (a mission without target sectors targets every sector), running at some point between two
 * days (both included).
 */
public record MissionCriteria(
    Set<MissionStatus> statuses,
    Optional<CountryCode> country,
    Optional<SectorCode> sector,
    Optional<LocalDate> from,
    Optional<LocalDate> to) {

  public static final MissionCriteria ALL =
      new MissionCriteria(
          Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public MissionCriteria {
    statuses = Set.copyOf(statuses);
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
