package lu.creativecluster.adapter.rest.member;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import lu.creativecluster.adapter.rest.json.JsonReaders;
import lu.creativecluster.adapter.rest.problem.InvalidBodyException;
import lu.creativecluster.adapter.rest.problem.InvalidParam;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.ExportProfile;
import lu.creativecluster.domain.member.Keyword;
import lu.creativecluster.domain.member.LanguageTag;
import lu.creativecluster.domain.member.Location;
import lu.creativecluster.domain.member.MemberKind;
import lu.creativecluster.domain.member.MemberProfile;
import lu.creativecluster.domain.member.MemberSectors;
import lu.creativecluster.domain.member.PhoneNumber;
import lu.creativecluster.domain.member.PortfolioKind;
import lu.creativecluster.domain.member.PortfolioLink;
import lu.creativecluster.domain.member.PrivateDetails;
import lu.creativecluster.domain.member.ProfileText;
import lu.creativecluster.domain.member.TeamSizeBand;
import lu.creativecluster.domain.member.WebLink;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/**
 * REST adapter: reads the JSON body of a profile update (the shape of {@link MemberProfileDto})
 * into value objects, field by field, so that every invalid field is named in one 400 answer
 * ({@code pitch.de}, {@code portfolio[1].url}, {@code contact.email}) rather than the first one
 * only. Fields the server owns (id, slug, view, status, dates) are ignored.
 */
final class MemberProfileInput {

  /** More than any valid profile needs (5,000 characters in each of three languages, and more). */
  static final int MAX_BODY_CHARS = 100_000;

  private final JsonObject json;
  private final Predicate<SectorCode> knownSector;
  private final Year currentYear;
  private final List<InvalidParam> errors = new ArrayList<>();

  /** What the body says, once every field has been read. */
  record Parsed(
      MemberProfile profile,
      Optional<Email> email,
      Optional<PhoneNumber> phone,
      boolean showEmail,
      boolean showPhone,
      PrivateDetails privateDetails) {}

  private MemberProfileInput(JsonObject json, Predicate<SectorCode> knownSector, Year currentYear) {
    this.json = json;
    this.knownSector = knownSector;
    this.currentYear = currentYear;
  }

  /**
   * @throws InvalidBodyException naming every invalid field (or {@code body} if it is no JSON
   *     object)
   */
  static Parsed parse(String body, Predicate<SectorCode> knownSector, Year currentYear) {
    return new MemberProfileInput(object(body), knownSector, currentYear).read();
  }

  private static JsonObject object(String body) {
    if (body == null || body.isBlank()) {
      throw invalid("body", "must be a JSON object: the profile as GET answers it");
    }
    if (body.length() > MAX_BODY_CHARS) {
      throw invalid("body", "has at most " + MAX_BODY_CHARS + " characters");
    }
    try (JsonReader reader = JsonReaders.of(body)) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw invalid("body", "must be a JSON object: the profile as GET answers it");
      }
      return value.asJsonObject();
    } catch (JsonException | IllegalStateException malformed) {
      throw invalid("body", "is not well-formed JSON");
    }
  }

  private static InvalidBodyException invalid(String name, String reason) {
    return new InvalidBodyException(List.of(new InvalidParam(name, reason)));
  }

  private Parsed read() {
    String displayName = displayName();
    MemberKind kind =
        value(
            "kind",
            requiredString("kind"),
            c -> MemberKind.fromCode(c).orElseThrow(),
            "must be one of: freelancer, company, association, institution");
    MemberSectors sectors = sectors();
    ProfileText pitch = text("pitch", MemberProfile.MAX_PITCH_LENGTH);
    ProfileText description = text("description", MemberProfile.MAX_DESCRIPTION_LENGTH);
    List<Keyword> keywords =
        list("keywords", MemberProfile.MAX_KEYWORDS, Keyword::new, "2 to 40 characters");
    List<String> skills = skills();
    List<PortfolioLink> portfolio = portfolio();
    String commune = optionalString(json, "commune", "commune").orElse("");
    CountryCode country =
        value("country", requiredString("country"), CountryCode::of, "an ISO 3166-1 alpha-2 code");
    Location location =
        country == null
            ? null
            : value(
                "commune",
                commune,
                c -> new Location(c, country),
                "at most " + Location.MAX_COMMUNE_LENGTH + " characters, a single line");
    Optional<WebLink> website =
        optionalString(json, "website", "website")
            .map(w -> value("website", w, WebLink::parse, "an http(s) address"));
    List<WebLink> socialLinks =
        list(
            "socialLinks",
            MemberProfile.MAX_SOCIAL_LINKS,
            WebLink::parse,
            "http(s) addresses of 500 characters at most");
    List<LanguageTag> languages =
        list("languages", MemberProfile.MAX_LANGUAGES, LanguageTag::of, "BCP 47 tags");
    Optional<Year> yearFounded = yearFounded();
    Optional<TeamSizeBand> teamSize =
        optionalString(json, "teamSize", "teamSize")
            .map(
                t ->
                    value(
                        "teamSize",
                        t,
                        c -> TeamSizeBand.fromCode(c).orElseThrow(),
                        "one of: 1, 2-9, 10-49, 50-249, 250+"));
    ExportProfile export = export();
    JsonObject contact = nested("contact");
    Optional<Email> email =
        optionalString(contact, "email", "contact.email")
            .map(e -> value("contact.email", e, Email::new, "an e-mail address"));
    Optional<PhoneNumber> phone =
        optionalString(contact, "phone", "contact.phone")
            .map(
                p -> value("contact.phone", p, PhoneNumber::new, "a phone number, 6 to 15 digits"));
    boolean showEmail = flag(contact, "showEmail", "contact.showEmail");
    boolean showPhone = flag(contact, "showPhone", "contact.showPhone");
    if (showEmail && email.isEmpty() && !hasError("contact.email")) {
      error("contact.showEmail", "needs contact.email");
    }
    if (showPhone && phone.isEmpty() && !hasError("contact.phone")) {
      error("contact.showPhone", "needs contact.phone");
    }
    PrivateDetails privateDetails = privateDetails();
    if (!errors.isEmpty()) {
      throw new InvalidBodyException(errors);
    }
    MemberProfile profile =
        value(
            "body",
            displayName,
            name ->
                MemberProfile.builder(name, kind, sectors, pitch, description, location)
                    .keywords(keywords)
                    .skills(skills)
                    .portfolio(portfolio)
                    .website(website)
                    .socialLinks(socialLinks)
                    .languages(languages)
                    .yearFounded(yearFounded)
                    .teamSize(teamSize)
                    .export(export)
                    .build(),
            "is not a valid profile");
    if (!errors.isEmpty()) {
      throw new InvalidBodyException(errors);
    }
    return new Parsed(profile, email, phone, showEmail, showPhone, privateDetails);
  }

  private String displayName() {
    String name = requiredString("displayName");
    if (name == null) {
      return null;
    }
    String stripped = name.strip();
    if (stripped.length() > MemberProfile.MAX_NAME_LENGTH
        || stripped.chars().anyMatch(Character::isISOControl)) {
      error(
          "displayName",
          "has 1 to " + MemberProfile.MAX_NAME_LENGTH + " characters, a single line");
      return null;
    }
    return stripped;
  }

  private MemberSectors sectors() {
    List<SectorCode> codes = list("sectors", 1 + MemberSectors.MAX_OTHERS, SectorCode::new, "");
    if (hasError("sectors")) {
      return null;
    }
    if (codes.isEmpty()) {
      error("sectors", "names 1 to 3 sector codes, the primary sector first");
      return null;
    }
    for (SectorCode code : codes) {
      if (!knownSector.test(code)) {
        error("sectors", "names the code of one of the cluster's sectors (GET /api/v1/sectors)");
        return null;
      }
    }
    if (codes.stream().distinct().count() != codes.size()) {
      error("sectors", "names each sector once");
      return null;
    }
    return new MemberSectors(codes.get(0), codes.subList(1, codes.size()));
  }

  private ProfileText text(String field, int maxLength) {
    JsonValue value = json.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      error(field, "is required: an object of texts by language (de, fr, en)");
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      error(field, "must be an object of texts by language (de, fr, en)");
      return null;
    }
    Map<Language, String> texts = new EnumMap<>(Language.class);
    for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
      String name = field + "." + entry.getKey();
      Optional<Language> language =
          Language.fromTag(entry.getKey()).filter(l -> l.code().equals(entry.getKey()));
      if (language.isEmpty()) {
        error(name, "is not one of the languages de, fr, en");
        continue;
      }
      if (entry.getValue().getValueType() == JsonValue.ValueType.NULL) {
        continue;
      }
      if (!(entry.getValue() instanceof JsonString text)) {
        error(name, "must be a string");
        continue;
      }
      if (text.getString().strip().length() > maxLength) {
        error(name, "has at most " + maxLength + " characters");
        continue;
      }
      texts.put(language.get(), text.getString());
    }
    if (hasErrorUnder(field)) {
      return null;
    }
    try {
      return new ProfileText(texts);
    } catch (IllegalArgumentException e) {
      error(field, "is written in at least one language, without control characters");
      return null;
    }
  }

  private List<String> skills() {
    List<String> skills =
        list("skills", MemberProfile.MAX_SKILLS, s -> s, "strings of 2 to 80 characters");
    for (int i = 0; i < skills.size(); i++) {
      String skill = skills.get(i).strip();
      if (skill.length() < 2 || skill.length() > MemberProfile.MAX_SKILL_LENGTH) {
        error("skills[" + i + "]", "has 2 to " + MemberProfile.MAX_SKILL_LENGTH + " characters");
      }
    }
    return skills;
  }

  private List<PortfolioLink> portfolio() {
    JsonArray items = array(json, "portfolio", "portfolio");
    if (items == null) {
      return List.of();
    }
    if (items.size() > MemberProfile.MAX_PORTFOLIO) {
      error("portfolio", "holds at most " + MemberProfile.MAX_PORTFOLIO + " items");
      return List.of();
    }
    List<PortfolioLink> links = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String name = "portfolio[" + i + "]";
      if (items.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
        error(name, "must be an object with title, url and kind");
        continue;
      }
      JsonObject item = items.getJsonObject(i);
      String title = optionalString(item, "title", name + ".title").orElse(null);
      String url = optionalString(item, "url", name + ".url").orElse(null);
      String kindCode = optionalString(item, "kind", name + ".kind").orElse(null);
      WebLink link = url == null ? null : value(name + ".url", url, WebLink::parse, "http(s)");
      PortfolioKind kind =
          kindCode == null
              ? null
              : value(
                  name + ".kind",
                  kindCode,
                  c -> PortfolioKind.fromCode(c).orElseThrow(),
                  "one of: image, video, case-study");
      if (title == null) {
        error(name + ".title", "is required, 1 to " + PortfolioLink.MAX_TITLE_LENGTH + " chars");
      }
      if (url == null) {
        error(name + ".url", "is required: an http(s) address");
      }
      if (kindCode == null) {
        error(name + ".kind", "is required: one of image, video, case-study");
      }
      if (title != null && link != null && kind != null) {
        PortfolioLink built =
            value(
                name + ".title",
                title,
                t -> new PortfolioLink(t, link, kind),
                "1 to " + PortfolioLink.MAX_TITLE_LENGTH + " characters");
        if (built != null) {
          links.add(built);
        }
      }
    }
    return links;
  }

  private Optional<Year> yearFounded() {
    JsonValue value = json.get("yearFounded");
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
      error("yearFounded", "must be a whole number");
      return Optional.empty();
    }
    long year = number.longValue();
    if (year < MemberProfile.EARLIEST_FOUNDING.getValue() || year > currentYear.getValue()) {
      error(
          "yearFounded",
          "is between " + MemberProfile.EARLIEST_FOUNDING + " and " + currentYear.getValue());
      return Optional.empty();
    }
    return Optional.of(Year.of((int) year));
  }

  private ExportProfile export() {
    Set<CountryCode> served =
        new LinkedHashSet<>(
            list("marketsServed", ExportProfile.MAX_MARKETS, CountryCode::of, "alpha-2 codes"));
    Set<CountryCode> wanted =
        new LinkedHashSet<>(
            list("marketsWanted", ExportProfile.MAX_MARKETS, CountryCode::of, "alpha-2 codes"));
    boolean help = flag(json, "wantsExportHelp", "wantsExportHelp");
    return new ExportProfile(served, wanted, help);
  }

  private PrivateDetails privateDetails() {
    JsonObject details = nested("privateDetails");
    String legalName = optionalString(details, "legalName", "privateDetails.legalName").orElse("");
    String number =
        optionalString(details, "registrationNumber", "privateDetails.registrationNumber")
            .orElse("");
    String notes =
        optionalString(details, "internalNotes", "privateDetails.internalNotes").orElse("");
    check("privateDetails.legalName", () -> new PrivateDetails(legalName, "", ""), "200 chars");
    check("privateDetails.registrationNumber", () -> new PrivateDetails("", number, ""), "40");
    check("privateDetails.internalNotes", () -> new PrivateDetails("", "", notes), "5000");
    return hasErrorUnder("privateDetails") ? null : new PrivateDetails(legalName, number, notes);
  }

  // ---- Reading JSON values, recording what is wrong ----

  private String requiredString(String field) {
    Optional<String> value = optionalString(json, field, field);
    if (value.isEmpty() && !hasError(field)) {
      error(field, "is required");
    }
    return value.orElse(null);
  }

  private Optional<String> optionalString(JsonObject object, String key, String name) {
    if (object == null) {
      return Optional.empty();
    }
    JsonValue value = object.get(key);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    if (!(value instanceof JsonString text)) {
      error(name, "must be a string");
      return Optional.empty();
    }
    return text.getString().isBlank() ? Optional.empty() : Optional.of(text.getString());
  }

  private boolean flag(JsonObject object, String key, String name) {
    if (object == null) {
      return false;
    }
    JsonValue value = object.get(key);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return false;
    }
    if (value.getValueType() == JsonValue.ValueType.TRUE) {
      return true;
    }
    if (value.getValueType() != JsonValue.ValueType.FALSE) {
      error(name, "must be true or false");
    }
    return false;
  }

  private JsonObject nested(String field) {
    JsonValue value = json.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      error(field, "must be an object");
      return null;
    }
    return value.asJsonObject();
  }

  private JsonArray array(JsonObject object, String key, String name) {
    JsonValue value = object.get(key);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      error(name, "must be an array");
      return null;
    }
    return value.asJsonArray();
  }

  /** An array of strings, each parsed; at most {@code max} entries. */
  private <T> List<T> list(String field, int max, Function<String, T> parser, String valid) {
    JsonArray values = array(json, field, field);
    if (values == null) {
      return List.of();
    }
    if (values.size() > max) {
      error(field, "holds at most " + max + " entries");
      return List.of();
    }
    List<T> parsed = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String name = field + "[" + i + "]";
      if (!(values.get(i) instanceof JsonString text)) {
        error(name, "must be a string");
        continue;
      }
      T value = value(name, text.getString(), parser, valid.isEmpty() ? "a valid value" : valid);
      if (value != null && !parsed.contains(value)) {
        parsed.add(value);
      }
    }
    return parsed;
  }

  /** Parses a value, recording the field's error (and giving null) if it does not parse. */
  private <T> T value(String name, String raw, Function<String, T> parser, String valid) {
    if (raw == null) {
      return null;
    }
    try {
      return parser.apply(raw);
    } catch (RuntimeException e) {
      error(name, "is invalid: " + valid);
      return null;
    }
  }

  private void check(String name, Runnable construction, String limit) {
    try {
      construction.run();
    } catch (IllegalArgumentException e) {
      error(name, "has at most " + limit + " characters and no control characters");
    }
  }

  private void error(String name, String reason) {
    errors.add(new InvalidParam(name, reason));
  }

  private boolean hasError(String name) {
    return errors.stream().anyMatch(e -> e.name().equals(name));
  }

  private boolean hasErrorUnder(String prefix) {
    return errors.stream()
        .anyMatch(e -> e.name().equals(prefix) || e.name().startsWith(prefix + "."));
  }
}
