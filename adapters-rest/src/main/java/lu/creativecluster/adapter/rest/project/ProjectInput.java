package lu.creativecluster.adapter.rest.project;

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
import java.math.BigDecimal;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import lu.creativecluster.adapter.rest.json.JsonReaders;
import lu.creativecluster.adapter.rest.problem.InvalidBodyException;
import lu.creativecluster.adapter.rest.problem.InvalidParam;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.TeamSizeBand;
import lu.creativecluster.domain.project.ClusterRole;
import lu.creativecluster.domain.project.EuroAmount;
import lu.creativecluster.domain.project.PartnerOrganisation;
import lu.creativecluster.domain.project.ProjectDetails;
import lu.creativecluster.domain.project.ProjectKind;
import lu.creativecluster.domain.project.ProjectPeriod;
import lu.creativecluster.domain.project.ProjectStatus;
import lu.creativecluster.domain.project.ProjectVisibility;
import lu.creativecluster.domain.shared.Language;
import lu.creativecluster.domain.shared.LocalizedText;

/**
 * REST adapter: reads a project body field by field, so every wrong field is named in one 400 and
 * no use case runs on a refused body. The volume must be a JSON number, exact to the cent: {@code
 * 12500.5} is read as the decimal it is written as (never through a binary float), {@code 0.001},
 * {@code -1} and {@code "12500"} are refused rather than rounded or coerced.
 */
final class ProjectInput {

  static final int MAX_BODY_CHARS = 40_000;
  static final int MAX_CREATIVES = 50;

  private final JsonObject json;
  private final List<InvalidParam> errors = new ArrayList<>();

  private ProjectInput(JsonObject json) {
    this.json = json;
  }

  /**
   * @param creatives resolves a member's slug to its id, empty for one that is not an active member
   * @throws InvalidBodyException naming every wrong field
   */
  static ProjectDetails details(InputStream body, Function<String, Optional<MemberId>> creatives) {
    ProjectInput in = read(body);
    LocalizedText title = in.texts("title", ProjectDetails.MAX_TITLE);
    LocalizedText description = in.texts("description", ProjectDetails.MAX_DESCRIPTION);
    ProjectKind kind = in.code("kind", ProjectKind::fromCode, ProjectParameters.KINDS);
    ClusterRole role =
        in.code("clusterRole", ClusterRole::fromCode, "initiated, matched, supported");
    ProjectVisibility visibility =
        in.code("visibility", ProjectVisibility::fromCode, "public, confidential");
    Set<MemberId> members = in.creatives(creatives);
    PartnerOrganisation partner = in.partner();
    ProjectPeriod period = in.period();
    EuroAmount volume = in.volume();
    in.done();
    try {
      return new ProjectDetails(
          title, description, kind, members, partner, period, volume, role, visibility);
    } catch (IllegalArgumentException invalid) {
      throw invalid("body", invalid.getMessage());
    }
  }

  /** The status body of a status change: {@code {"status": "running"}}. */
  static ProjectStatus status(InputStream body) {
    ProjectInput in = read(body);
    ProjectStatus status =
        in.code("status", ProjectStatus::fromCode, "idea, matching, running, completed, abandoned");
    in.done();
    return status;
  }

  private static ProjectInput read(InputStream body) {
    String text = utf8(body);
    if (text.length() > MAX_BODY_CHARS) {
      throw invalid("body", "has at most " + MAX_BODY_CHARS + " characters");
    }
    if (text.isBlank()) {
      throw invalid("body", "must be a JSON object");
    }
    try (JsonReader reader = JsonReaders.of(text)) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw invalid("body", "must be a JSON object");
      }
      return new ProjectInput(value.asJsonObject());
    } catch (JsonException | IllegalStateException malformed) {
      throw invalid("body", "is not well-formed JSON");
    }
  }

  private LocalizedText texts(String name, int max) {
    JsonValue value = json.get(name);
    String reason = "must be an object with de, fr and en texts of at most " + max + " characters";
    if (!(value instanceof JsonObject object)) {
      error(name, reason);
      return null;
    }
    Map<Language, String> texts = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      if (!(object.get(language.code()) instanceof JsonString s)
          || s.getString().isBlank()
          || s.getString().strip().length() > max) {
        error(name, reason);
        return null;
      }
      texts.put(language, s.getString());
    }
    return new LocalizedText(texts);
  }

  private <T> T code(String name, Function<String, Optional<T>> parse, String valid) {
    if (json.get(name) instanceof JsonString s) {
      Optional<T> parsed = parse.apply(s.getString());
      if (parsed.isPresent()) {
        return parsed.get();
      }
    }
    error(name, "must be one of: " + valid);
    return null;
  }

  private Set<MemberId> creatives(Function<String, Optional<MemberId>> resolve) {
    String reason = "must be an array of 1 to " + MAX_CREATIVES + " active members' slugs";
    if (!(json.get("creatives") instanceof JsonArray array)
        || array.isEmpty()
        || array.size() > MAX_CREATIVES) {
      error("creatives", reason);
      return Set.of();
    }
    Set<MemberId> ids = new LinkedHashSet<>();
    for (JsonValue item : array) {
      if (!(item instanceof JsonString slug)) {
        error("creatives", reason);
        return Set.of();
      }
      Optional<MemberId> id = resolve.apply(slug.getString());
      if (id.isEmpty()) {
        error("creatives", "names no active member: " + shortened(slug.getString()));
        return Set.of();
      }
      ids.add(id.get());
    }
    return ids;
  }

  private PartnerOrganisation partner() {
    String reason =
        "must be an object with name, industry and sizeBand (1, 2-9, 10-49, 50-249, 250+)";
    if (!(json.get("partner") instanceof JsonObject p)
        || !(p.get("name") instanceof JsonString name)
        || !(p.get("industry") instanceof JsonString industry)
        || !(p.get("sizeBand") instanceof JsonString band)) {
      error("partner", reason);
      return null;
    }
    Optional<TeamSizeBand> size = TeamSizeBand.fromCode(band.getString());
    if (size.isEmpty()) {
      error("partner", reason);
      return null;
    }
    try {
      return new PartnerOrganisation(name.getString(), industry.getString(), size.get());
    } catch (IllegalArgumentException invalid) {
      error("partner", invalid.getMessage());
      return null;
    }
  }

  private ProjectPeriod period() {
    LocalDate start = date("start", true);
    LocalDate end = date("end", false);
    if (start == null) {
      return null;
    }
    if (end != null && end.isBefore(start)) {
      error("end", "must not be before start");
      return null;
    }
    return ProjectPeriod.of(start, end);
  }

  private LocalDate date(String name, boolean required) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      if (required) {
        error(name, "is required, a day as YYYY-MM-DD");
      }
      return null;
    }
    if (value instanceof JsonString s && s.getString().matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        return LocalDate.parse(s.getString());
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    error(name, "must be a day as YYYY-MM-DD");
    return null;
  }

  private EuroAmount volume() {
    String reason =
        "must be a JSON number of euros, not negative, with at most two decimals, e.g. 12500.50";
    if (!(json.get("volume") instanceof JsonNumber number)) {
      error("volume", reason);
      return null;
    }
    BigDecimal value;
    try {
      value = number.bigDecimalValue();
    } catch (NumberFormatException e) {
      error("volume", reason);
      return null;
    }
    if (value.signum() < 0
        || value.stripTrailingZeros().scale() > EuroAmount.SCALE
        || value.compareTo(EuroAmount.MAX) > 0) {
      error("volume", reason + " and at most " + EuroAmount.MAX.toPlainString());
      return null;
    }
    return new EuroAmount(value);
  }

  private void error(String name, String reason) {
    if (errors.stream().noneMatch(e -> e.name().equals(name))) {
      errors.add(new InvalidParam(name, reason));
    }
  }

  private void done() {
    if (!errors.isEmpty()) {
      throw new InvalidBodyException(errors);
    }
  }

  private static String shortened(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }

  static InvalidBodyException invalid(String name, String reason) {
    return new InvalidBodyException(List.of(new InvalidParam(name, reason)));
  }

  private static String utf8(InputStream body) {
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
        if (text.length() > MAX_BODY_CHARS) {
          break;
        }
      }
    } catch (IOException unreadable) {
      throw invalid("body", "must be JSON in UTF-8, complete");
    }
    return text.toString();
  }
}
