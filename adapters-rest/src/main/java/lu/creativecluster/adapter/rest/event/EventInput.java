package lu.creativecluster.adapter.rest.event;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import lu.creativecluster.adapter.rest.inquiry.InquiryJson;
import lu.creativecluster.domain.event.EventAudience;
import lu.creativecluster.domain.event.EventDetails;
import lu.creativecluster.domain.event.EventKind;
import lu.creativecluster.domain.event.EventPlace;
import lu.creativecluster.domain.event.EventSchedule;
import lu.creativecluster.domain.shared.Language;
import lu.creativecluster.domain.shared.LocalizedText;

/**
 * REST adapter: reads the body that announces or revises an event, naming every field that is wrong
 * in one 400 (end before start included) before any use case runs.
 */
final class EventInput {

  static final int MAX_BODY_CHARS = 40_000;
  private static final String KINDS =
      "must be one of: networking, workshop, afterwork, conference, fair";
  private static final String AUDIENCES = "must be one of: open-to-all, members-only";
  private static final String LOCAL_TIME = "must be a local time as YYYY-MM-DDTHH:MM";

  private EventInput() {}

  static EventDetails read(InquiryJson json) {
    Optional<LocalizedText> title = texts(json, "title", EventDetails.MAX_TITLE, true);
    Optional<LocalizedText> description =
        texts(json, "description", EventDetails.MAX_DESCRIPTION, false);
    Optional<EventKind> kind =
        json.parsed(
            "kind",
            json.requiredString("kind", KINDS),
            c -> EventKind.fromCode(c).orElseThrow(),
            KINDS);
    Optional<LocalDateTime> start = time(json, "start");
    Optional<LocalDateTime> end = time(json, "end");
    Optional<EventSchedule> schedule = Optional.empty();
    if (start.isPresent() && end.isPresent()) {
      if (!end.get().isAfter(start.get())) {
        json.error("end", "must be after start");
      } else {
        schedule = Optional.of(new EventSchedule(start.get(), end.get()));
      }
    }
    Optional<EventPlace> place = place(json);
    int capacity = capacity(json);
    Optional<EventAudience> audience =
        json.parsed(
            "audience",
            json.requiredString("audience", AUDIENCES),
            c -> EventAudience.fromCode(c).orElseThrow(),
            AUDIENCES);
    Optional<LocalDateTime> deadline = time(json, "registrationDeadline");
    if (deadline.isPresent() && end.isPresent() && deadline.get().isAfter(end.get())) {
      json.error("registrationDeadline", "must be at the latest the end");
    }
    json.done();
    return new EventDetails(
        title.orElseThrow(),
        description.orElseThrow(),
        kind.orElseThrow(),
        schedule.orElseThrow(),
        place.orElseThrow(),
        capacity,
        audience.orElseThrow(),
        deadline.orElseThrow());
  }

  /**
   * An object with de, fr and en, each a non-empty text; a title is one line, as it becomes a
   * mail's subject and a calendar's summary.
   */
  private static Optional<LocalizedText> texts(
      InquiryJson json, String name, int max, boolean oneLine) {
    String reason =
        "must be an object with non-empty de, fr and en "
            + (oneLine ? "one-line " : "")
            + "strings of at most "
            + max
            + " characters";
    JsonValue value = json.value(name);
    if (!(value instanceof JsonObject object) || object.size() > Language.values().length) {
      json.error(name, reason);
      return Optional.empty();
    }
    Map<Language, String> texts = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      JsonValue text = object.get(language.code());
      if (!(text instanceof JsonString s)
          || s.getString().length() > max
          || s.getString().isBlank()
          || (oneLine && s.getString().chars().anyMatch(Character::isISOControl))) {
        json.error(name, reason);
        return Optional.empty();
      }
      texts.put(language, s.getString());
    }
    try {
      return Optional.of(new LocalizedText(texts));
    } catch (IllegalArgumentException invalid) {
      json.error(name, reason);
      return Optional.empty();
    }
  }

  private static Optional<LocalDateTime> time(InquiryJson json, String name) {
    String raw = json.requiredString(name, LOCAL_TIME);
    if (raw == null) {
      return Optional.empty();
    }
    try {
      LocalDateTime time = LocalDateTime.parse(raw.strip()).truncatedTo(ChronoUnit.MINUTES);
      if (time.getYear() < 2000 || time.getYear() > 2100) {
        json.error(name, "must be between the years 2000 and 2100");
        return Optional.empty();
      }
      return Optional.of(time);
    } catch (DateTimeParseException e) {
      json.error(name, LOCAL_TIME);
      return Optional.empty();
    }
  }

  private static Optional<EventPlace> place(InquiryJson json) {
    String venue = json.string("venue").strip();
    String link = json.string("onlineLink").strip();
    if (json.hasError("venue") || json.hasError("onlineLink")) {
      return Optional.empty();
    }
    Optional<URI> uri = Optional.empty();
    if (!link.isEmpty()) {
      try {
        uri = Optional.of(new URI(link));
        EventPlace.online(uri.get());
      } catch (Exception invalid) {
        json.error("onlineLink", "must be an https address of at most 2000 characters");
        return Optional.empty();
      }
    }
    if (venue.isEmpty() && uri.isEmpty()) {
      json.error("venue", "a venue or an online link is required");
      return Optional.empty();
    }
    try {
      return Optional.of(
          new EventPlace(venue.isEmpty() ? Optional.empty() : Optional.of(venue), uri));
    } catch (IllegalArgumentException invalid) {
      json.error("venue", "must be one line of at most " + EventPlace.MAX_VENUE + " characters");
      return Optional.empty();
    }
  }

  private static int capacity(InquiryJson json) {
    String reason = "must be a whole number from 1 to " + EventDetails.MAX_CAPACITY;
    JsonValue value = json.value("capacity");
    if (value instanceof JsonNumber number
        && number.isIntegral()
        && number.bigDecimalValue().signum() > 0
        && number
                .bigDecimalValue()
                .compareTo(java.math.BigDecimal.valueOf(EventDetails.MAX_CAPACITY))
            <= 0) {
      return number.intValue();
    }
    json.error("capacity", reason);
    return 1;
  }
}
