package lu.creativecluster.adapter.rest.http;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import lu.creativecluster.adapter.rest.problem.InvalidRequestParameterException;

/**
 * REST adapter support: the query parameters every list reads the same way (given once, not empty;
 * a day as YYYY-MM-DD; a page number within bounds), each mistake a 400 naming the parameter.
 */
public final class QueryParameters {

  private static final Pattern NUMBER = Pattern.compile("\\d{1,6}");

  private QueryParameters() {}

  /** The one value of a parameter, if given; twice or empty is refused. */
  public static Optional<String> single(MultivaluedMap<String, String> parameters, String name) {
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

  public static LocalDate day(String name, String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestParameterException(name, "must be a day as YYYY-MM-DD");
    }
  }

  /** A whole number from {@code min} to {@code max}, if given. */
  public static Optional<Integer> number(
      MultivaluedMap<String, String> parameters, String name, int min, int max) {
    Optional<String> value = single(parameters, name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String text = value.get().strip();
    int number = NUMBER.matcher(text).matches() ? Integer.parseInt(text) : -1;
    if (number < min || number > max) {
      throw new InvalidRequestParameterException(
          name, "must be a number from " + min + " to " + max);
    }
    return Optional.of(number);
  }

  /** A whole number from {@code min} to {@code max}, or the fallback when not given. */
  public static int number(
      MultivaluedMap<String, String> parameters, String name, int min, int max, int fallback) {
    return number(parameters, name, min, max).orElse(fallback);
  }
}
