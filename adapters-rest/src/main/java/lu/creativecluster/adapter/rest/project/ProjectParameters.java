package lu.creativecluster.adapter.rest.project;

import static lu.creativecluster.adapter.rest.http.QueryParameters.single;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Optional;
import java.util.function.Function;
import lu.creativecluster.adapter.rest.problem.InvalidRequestParameterException;

/**
 * REST adapter: the query parameters of the project list, each read strictly (an unknown code, a
 * repeated parameter or a number out of range is a 400 naming it).
 */
final class ProjectParameters {

  static final String KIND = "kind";
  static final String STATUS = "status";
  static final String SECTOR = "sector";
  static final String YEAR = "year";
  static final String PAGE = "page";
  static final String SIZE = "size";
  static final String KINDS = "cross-sector-innovation, commission, research, export";
  static final int MAX_PAGE = 10_000;
  static final int MAX_SIZE = 100;
  static final int DEFAULT_SIZE = 20;

  private ProjectParameters() {}

  static <T> Optional<T> code(
      MultivaluedMap<String, String> parameters,
      String name,
      Function<String, Optional<T>> parse,
      String valid) {
    return single(parameters, name)
        .map(
            value ->
                parse
                    .apply(value.strip())
                    .orElseThrow(
                        () ->
                            new InvalidRequestParameterException(
                                name, "must be one of: " + valid)));
  }
}
