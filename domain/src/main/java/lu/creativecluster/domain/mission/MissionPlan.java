package lu.creativecluster.domain.mission;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import lu.creativecluster.domain.cooperation.CooperationTexts;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * Value object: everything staff decide about a mission before members apply: texts, kind,
 * destination, dates, organiser, target sectors (none means every sector) and how many members can
 * go.
 */
public record MissionPlan(
    MissionTexts texts,
    MissionKind kind,
    CountryCode destinationCountry,
    String destinationCity,
    MissionDates dates,
    Organiser organiser,
    Set<SectorCode> targetSectors,
    int capacity) {

  public static final int MAX_CAPACITY = 500;
  public static final int MAX_SECTORS = 20;

  public MissionPlan {
    Objects.requireNonNull(texts, "texts");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(destinationCountry, "destinationCountry");
    destinationCity = CooperationTexts.singleLine(destinationCity, "city", 1, 120);
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(organiser, "organiser");
    Objects.requireNonNull(targetSectors, "targetSectors");
    if (targetSectors.size() > MAX_SECTORS) {
      throw new IllegalArgumentException("a mission targets at most " + MAX_SECTORS + " sectors");
    }
    Set<SectorCode> sorted = new LinkedHashSet<>();
    targetSectors.stream()
        .map(s -> Objects.requireNonNull(s, "targetSectors"))
        .sorted(Comparator.comparing(SectorCode::value))
        .forEach(sorted::add);
    targetSectors = java.util.Collections.unmodifiableSet(sorted);
    if (capacity < 1 || capacity > MAX_CAPACITY) {
      throw new IllegalArgumentException("a mission takes 1 to " + MAX_CAPACITY + " members");
    }
  }

  /** Whether a member in these sectors is in the mission's target (no target sectors: anyone). */
  public boolean targets(Set<SectorCode> sectors) {
    return targetSectors.isEmpty() || sectors.stream().anyMatch(targetSectors::contains);
  }
}
