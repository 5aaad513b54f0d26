package lu.creativecluster.adapter.rest.project;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
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

  static Optional<String> single(MultivaluedMap<String, String> parameters, String name) {
    List<String> values = parameters.get(name);
    if (values == null || values.isEmpty()) {
      return Optional.empty();
    }
    if (values.size() > 1) {
      throw new InvalidRequestParameterException(name, "may be given once");
    }
    String value = values.get(0);
    if (value == null || value.isBlank()) {
      throw new InvalidRequestParameterException(name, "must not be empty");
    }
    return Optional.of(value);
  }

  static Optional<Integer> number(
      MultivaluedMap<String, String> parameters, String name, int min, int max) {
    Optional<String> value = single(parameters, name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String text = value.get().strip();
    if (!text.matches("\\d{1,6}")) {
      throw new InvalidRequestParameterException(
          name, "must be a number from " + min + " to " + max);
    }
    int number = Integer.parseInt(text);
    if (number < min || number > max) {
      throw new InvalidRequestParameterException(
          name, "must be a number from " + min + " to " + max);
    }
    return Optional.of(number);
  }
}
