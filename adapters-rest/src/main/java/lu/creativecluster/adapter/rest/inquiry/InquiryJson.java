package lu.creativecluster.adapter.rest.inquiry;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lu.creativecluster.adapter.rest.json.JsonReaders;
import lu.creativecluster.adapter.rest.problem.InvalidBodyException;
import lu.creativecluster.adapter.rest.problem.InvalidParam;

/**
 * REST adapter: reads the small JSON bodies of the inquiry operations (and the events'), field by
 * field, so a wrong type is a 400 naming the field and a body over the limit a 413, before any use
 * case runs (nothing is stored from a refused body).
 */
public final class InquiryJson {

  private final JsonObject json;
  private final List<InvalidParam> errors = new ArrayList<>();

  private InquiryJson(JsonObject json) {
    this.json = json;
  }

  /**
   * @throws BodyTooLargeException if the body has more than {@code maxChars} characters
   * @throws InvalidBodyException if it is not UTF-8 or not one JSON object
   */
  public static InquiryJson read(InputStream body, int maxChars) {
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
      return new InquiryJson(value.asJsonObject());
    } catch (JsonException | IllegalStateException malformed) {
      throw invalid("body", "is not well-formed JSON");
    }
  }

  /** A string field; absent or null is empty. A number, boolean, array or object is an error. */
  public String string(String name) {
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

  /** A string field that must be present and not blank. */
  public String requiredString(String name, String reason) {
    JsonValue value = json.get(name);
    if (value instanceof JsonString s && !s.getString().isBlank()) {
      return s.getString();
    }
    error(name, reason);
    return null;
  }

  /** A boolean field; absent or null is false. */
  public boolean flag(String name) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return false;
    }
    if (value.getValueType() == JsonValue.ValueType.TRUE) {
      return true;
    }
    if (value.getValueType() == JsonValue.ValueType.FALSE) {
      return false;
    }
    error(name, "must be true or false");
    return false;
  }

  /** An array of strings; absent or null is empty. */
  List<String> strings(String name, int max) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    if (!(value instanceof JsonArray array) || array.size() > max) {
      error(name, "must be an array of at most " + max + " strings");
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (JsonValue item : array) {
      if (!(item instanceof JsonString s)) {
        error(name, "must be an array of at most " + max + " strings");
        return List.of();
      }
      items.add(s.getString());
    }
    return items;
  }

  /** The field as sent, or null if absent: for types this class does not read itself. */
  public JsonValue value(String name) {
    return json.get(name);
  }

  /** Whether the field was sent at all (null counts as not sent). */
  public boolean has(String name) {
    JsonValue value = json.get(name);
    return value != null && value.getValueType() != JsonValue.ValueType.NULL;
  }

  /** Records that a field is wrong; {@link #done()} throws once every field was read. */
  public void error(String name, String reason) {
    if (errors.stream().noneMatch(e -> e.name().equals(name))) {
      errors.add(new InvalidParam(name, reason));
    }
  }

  public boolean hasError(String name) {
    return errors.stream().anyMatch(e -> e.name().equals(name));
  }

  /**
   * @throws InvalidBodyException naming every field found wrong
   */
  public void done() {
    if (!errors.isEmpty()) {
      throw new InvalidBodyException(errors);
    }
  }

  public <T> Optional<T> parsed(
      String name, String raw, java.util.function.Function<String, T> parse, String reason) {
    if (raw == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse.apply(raw));
    } catch (RuntimeException invalid) {
      error(name, reason);
      return Optional.empty();
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
