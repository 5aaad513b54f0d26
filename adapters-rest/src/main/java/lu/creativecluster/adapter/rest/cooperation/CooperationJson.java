package lu.creativecluster.adapter.rest.cooperation;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import lu.creativecluster.adapter.rest.inquiry.BodyTooLargeException;
import lu.creativecluster.adapter.rest.json.JsonReaders;
import lu.creativecluster.adapter.rest.problem.InvalidBodyException;
import lu.creativecluster.adapter.rest.problem.InvalidParam;

/**
 * REST adapter: reads the JSON bodies of the staff cooperation operations field by field, nested
 * objects included ({@code texts.de.title}), so every wrong field is named in one 400 and a body
 * over the limit is a 413, before any use case runs: nothing is stored from a refused body.
 */
final class CooperationJson {

  private final JsonObject json;
  private final String prefix;
  private final List<InvalidParam> errors;

  private CooperationJson(JsonObject json, String prefix, List<InvalidParam> errors) {
    this.json = json;
    this.prefix = prefix;
    this.errors = errors;
  }

  /**
   * @throws BodyTooLargeException if the body has more than {@code maxChars} characters
   * @throws InvalidBodyException if it is not UTF-8 or not one JSON object
   */
  static CooperationJson read(InputStream body, int maxChars) {
    String text = utf8(body, maxChars);
    if (text.length() > maxChars) {
      throw new BodyTooLargeException(maxChars);
    }
    if (text.isBlank()) {
      throw invalid("body", "must be a JSON object");
    }
    try (JsonReader reader = JsonReaders.of(text)) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw invalid("body", "must be a JSON object");
      }
      return new CooperationJson(value.asJsonObject(), "", new ArrayList<>());
    } catch (JsonException | IllegalStateException malformed) {
      throw invalid("body", "is not well-formed JSON");
    }
  }

  /** A nested object; absent or null is empty (its fields then read as absent). */
  CooperationJson object(String name) {
    JsonValue value = json.get(name);
    if (value instanceof JsonObject nested) {
      return new CooperationJson(nested, prefix + name + ".", errors);
    }
    if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
      error(name, "must be an object");
    }
    return new CooperationJson(JsonValue.EMPTY_JSON_OBJECT, prefix + name + ".", errors);
  }

  /** The names of this object's fields, in order. */
  List<String> names() {
    return List.copyOf(json.keySet());
  }

  /** A string field; absent or null is empty. A number, boolean, array or object is an error. */
  String string(String name) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return "";
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    error(name, "must be a string");
    return "";
  }

  /** A string field that must be present and not blank; null (after an error) otherwise. */
  String required(String name, String reason) {
    String text = string(name);
    if (text.isBlank()) {
      error(name, reason);
      return null;
    }
    return text;
  }

  /** A required value parsed from a string; empty (after an error naming the field) otherwise. */
  <T> Optional<T> parsed(String name, Function<String, T> parse, String reason) {
    String raw = required(name, reason);
    return raw == null ? Optional.empty() : parse(name, raw, parse, reason);
  }

  /** An optional value parsed from a string: absent or blank is empty, a wrong one an error. */
  <T> Optional<T> optional(String name, Function<String, T> parse, String reason) {
    String raw = string(name);
    return raw.isBlank() ? Optional.empty() : parse(name, raw, parse, reason);
  }

  private <T> Optional<T> parse(String name, String raw, Function<String, T> parse, String reason) {
    try {
      return Optional.ofNullable(parse.apply(raw.strip()));
    } catch (RuntimeException invalid) {
      error(name, reason);
      return Optional.empty();
    }
  }

  /** A required calendar day, YYYY-MM-DD. */
  Optional<LocalDate> date(String name) {
    return parsed(name, CooperationJson::day, "must be a day, YYYY-MM-DD");
  }

  /** An optional calendar day, YYYY-MM-DD. */
  Optional<LocalDate> optionalDate(String name) {
    return optional(name, CooperationJson::day, "must be a day, YYYY-MM-DD");
  }

  private static LocalDate day(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A whole number within bounds; absent is {@code otherwise}. */
  int integer(String name, int min, int max, Integer otherwise) {
    JsonValue value = json.get(name);
    String reason = "must be a whole number from " + min + " to " + max;
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      if (otherwise == null) {
        error(name, reason);
        return min;
      }
      return otherwise;
    }
    if (value instanceof JsonNumber number
        && number.isIntegral()
        && number.bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(min)) >= 0
        && number.bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(max)) <= 0) {
      return number.intValue();
    }
    error(name, reason);
    return min;
  }

  /** A boolean field; absent or null is {@code otherwise}. */
  boolean flag(String name, boolean otherwise) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return otherwise;
    }
    if (value.getValueType() == JsonValue.ValueType.TRUE) {
      return true;
    }
    if (value.getValueType() == JsonValue.ValueType.FALSE) {
      return false;
    }
    error(name, "must be true or false");
    return otherwise;
  }

  /** An array of strings; absent or null is empty. */
  List<String> strings(String name, int max) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    String reason = "must be an array of at most " + max + " strings";
    if (!(value instanceof JsonArray array) || array.size() > max) {
      error(name, reason);
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (JsonValue item : array) {
      if (!(item instanceof JsonString s)) {
        error(name, reason);
        return List.of();
      }
      items.add(s.getString());
    }
    return items;
  }

  /** Checks a value the domain validates, so its refusal names the field. */
  <T> Optional<T> check(String name, java.util.function.Supplier<T> make, String reason) {
    try {
      return Optional.ofNullable(make.get());
    } catch (RuntimeException invalid) {
      error(name, reason);
      return Optional.empty();
    }
  }

  /** Records that a field is wrong; {@link #done()} throws once every field was read. */
  void error(String name, String reason) {
    String full = prefix + name;
    if (errors.stream().noneMatch(e -> e.name().equals(full))) {
      errors.add(new InvalidParam(full, reason));
    }
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }

  /**
   * @throws InvalidBodyException naming every field found wrong
   */
  void done() {
    if (!errors.isEmpty()) {
      throw new InvalidBodyException(List.copyOf(errors));
    }
  }

  static InvalidBodyException invalid(String name, String reason) {
    return new InvalidBodyException(List.of(new InvalidParam(name, reason)));
  }

  private static String utf8(InputStream body, int maxChars) {
    if (body == null) {
      return "";
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[4096];
    try (Reader reader = new InputStreamReader(body, decoder)) {
      int read;
      while ((read = reader.read(buffer)) != -1) {
        text.append(buffer, 0, read);
        if (text.length() > maxChars) {
          text.setLength(maxChars + 1);
          break;
        }
      }
    } catch (IOException unreadable) {
      throw invalid("body", "must be JSON in UTF-8, complete");
    }
    return text.toString();
  }
}
