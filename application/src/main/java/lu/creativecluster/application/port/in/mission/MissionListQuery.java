package lu.creativecluster.application.port.in.mission;

import java.util.Objects;
import lu.creativecluster.application.port.out.mission.MissionCriteria;

/**
 * Query: one page of the missions. Past missions (the {@code to} day before today, or completed)
 * read best latest first, which {@code latestFirst} asks for.
 *
 * @param page from 0
 * @param size 1 to {@value #MAX_SIZE}
 */
public record MissionListQuery(MissionCriteria criteria, boolean latestFirst, int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;
  public static final int MAX_PAGE = 10_000;

  public MissionListQuery {
    Objects.requireNonNull(criteria, "criteria");
    if (page < 0 || page > MAX_PAGE) {
      throw new IllegalArgumentException("page is 0 to " + MAX_PAGE);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size is 1 to " + MAX_SIZE);
    }
    if (criteria.from().isPresent()
        && criteria.to().isPresent()
        && criteria.to().get().isBefore(criteria.from().get())) {
      throw new lu.creativecluster.domain.cooperation.WrongDatesException(
          "the date range ends on or after the day it starts");
    }
  }
}
