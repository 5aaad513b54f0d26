package lu.creativecluster.adapter.rest.cooperation;

import static lu.creativecluster.adapter.rest.http.QueryParameters.day;
import static lu.creativecluster.adapter.rest.http.QueryParameters.number;
import static lu.creativecluster.adapter.rest.http.QueryParameters.single;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import lu.creativecluster.adapter.rest.problem.InvalidRequestParameterException;
import lu.creativecluster.application.port.in.mission.MissionListQuery;
import lu.creativecluster.application.port.out.mission.MissionCriteria;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.mission.MissionStatus;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * Reads the query of the mission list, naming the first parameter it cannot read, so a partner's
 * mistake is a 400 that says which parameter and why, never an empty list that looks right.
 */
final class MissionParameters {

  static final String STATUS = "status";
  static final String COUNTRY = "country";
  static final String SECTOR = "sector";
  static final String FROM = "from";
  static final String TO = "to";
  static final String ORDER = "order";
  static final String PAGE = "page";
  static final String SIZE = "size";
  private static final int MAX_STATUSES = 5;

  private MissionParameters() {}

  /**
   * @param knownSector whether a sector code names one of the cluster's sectors
   */
  static MissionListQuery read(
      MultivaluedMap<String, String> parameters, Predicate<SectorCode> knownSector) {
    Set<MissionStatus> statuses = EnumSet.noneOf(MissionStatus.class);
    List<String> statusValues = parameters.getOrDefault(STATUS, List.of());
    if (statusValues.size() > MAX_STATUSES) {
      throw new InvalidRequestParameterException(STATUS, "at most " + MAX_STATUSES + " values");
    }
    for (String value : statusValues) {
      statuses.add(
          MissionStatus.fromCode(value.strip())
              .orElseThrow(
                  () ->
                      new InvalidRequestParameterException(
                          STATUS, "must be planned, open, closed, completed or cancelled")));
    }
    Optional<CountryCode> country =
        single(parameters, COUNTRY)
            .map(
                value -> {
                  try {
                    return CountryCode.of(value);
                  } catch (IllegalArgumentException e) {
                    throw new InvalidRequestParameterException(
                        COUNTRY, "must be an ISO 3166-1 alpha-2 country code, e.g. FR");
                  }
                });
    Optional<SectorCode> sector =
        single(parameters, SECTOR)
            .map(
                value -> {
                  SectorCode code;
                  try {
                    code = new SectorCode(value.strip());
                  } catch (IllegalArgumentException e) {
                    code = null;
                  }
                  if (code == null || !knownSector.test(code)) {
                    throw new InvalidRequestParameterException(
                        SECTOR, "must be a sector code (GET /api/v1/sectors)");
                  }
                  return code;
                });
    Optional<LocalDate> from = single(parameters, FROM).map(v -> day(FROM, v));
    Optional<LocalDate> to = single(parameters, TO).map(v -> day(TO, v));
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new InvalidRequestParameterException(TO, "must be on or after from");
    }
    boolean latestFirst =
        single(parameters, ORDER)
            .map(
                value ->
                    switch (value.strip()) {
                      case "start" -> false;
                      case "latest" -> true;
                      default ->
                          throw new InvalidRequestParameterException(
                              ORDER, "must be start or latest");
                    })
            .orElse(false);
    int page = number(parameters, PAGE, 0, MissionListQuery.MAX_PAGE, 0);
    int size =
        number(parameters, SIZE, 1, MissionListQuery.MAX_SIZE, MissionListQuery.DEFAULT_SIZE);
    return new MissionListQuery(
        new MissionCriteria(statuses, country, sector, from, to), latestFirst, page, size);
  }
}
