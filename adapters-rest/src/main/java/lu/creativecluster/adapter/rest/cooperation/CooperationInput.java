package lu.creativecluster.adapter.rest.cooperation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import lu.creativecluster.domain.cooperation.Cooperation;
import lu.creativecluster.domain.cooperation.CooperationKind;
import lu.creativecluster.domain.cooperation.CooperationStatus;
import lu.creativecluster.domain.cooperation.CooperationTexts;
import lu.creativecluster.domain.cooperation.PartnerContact;
import lu.creativecluster.domain.cooperation.PartnerDetails;
import lu.creativecluster.domain.cooperation.PartnerId;
import lu.creativecluster.domain.cooperation.PartnerKind;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.LanguageTag;
import lu.creativecluster.domain.member.WebLink;
import lu.creativecluster.domain.mission.MissionDates;
import lu.creativecluster.domain.mission.MissionKind;
import lu.creativecluster.domain.mission.MissionPlan;
import lu.creativecluster.domain.mission.MissionText;
import lu.creativecluster.domain.mission.MissionTexts;
import lu.creativecluster.domain.mission.Organiser;
import lu.creativecluster.domain.mission.OrganiserKind;
import lu.creativecluster.domain.mission.ParticipantOutcome;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/**
 * REST adapter: turns the staff bodies into domain values. Every field is read before anything is
 * refused, so one 400 names all that is wrong, with the domain's own checks behind each field.
 */
final class CooperationInput {

  static final int MAX_BODY_CHARS = 40_000;
  static final String COUNTRY = "must be an ISO 3166-1 alpha-2 country code, e.g. DE";
  static final String SECTORS = "must list sector codes of GET /api/v1/sectors";

  private CooperationInput() {}

  static PartnerDetails partner(CooperationJson json, Predicate<SectorCode> knownSector) {
    String name = text(json, "name", 2, PartnerDetails.MAX_NAME);
    Optional<PartnerKind> kind =
        json.parsed(
            "kind",
            c -> PartnerKind.fromCode(c).orElseThrow(),
            "must be one of: cluster, network, chamber, agency, institution");
    Optional<CountryCode> country = json.parsed("country", CountryCode::of, COUNTRY);
    String region = text(json, "region", 0, 120);
    Optional<WebLink> website =
        json.optional("website", WebLink::parse, "must be an absolute http(s) address");
    Set<SectorCode> sectors = sectors(json, "sectors", PartnerDetails.MAX_SECTORS, knownSector);
    Set<LanguageTag> languages = new LinkedHashSet<>();
    for (String tag : json.strings("languages", PartnerDetails.MAX_LANGUAGES)) {
      json.check("languages", () -> LanguageTag.of(tag), "must list BCP 47 language tags")
          .ifPresent(languages::add);
    }
    CooperationJson contact = json.object("contact");
    String contactName = text(contact, "name", 0, 120);
    Optional<Email> email = contact.optional("email", Email::new, "must be an e-mail address");
    String phone = text(contact, "phone", 0, 40);
    json.done();
    return new PartnerDetails(
        name,
        kind.orElseThrow(),
        country.orElseThrow(),
        region,
        website,
        sectors,
        new PartnerContact(contactName, email, phone),
        languages);
  }

  /** A cooperation with this id (a new one, or the one being revised). */
  static Cooperation cooperation(CooperationJson json, UUID id) {
    Optional<CooperationKind> kind =
        json.parsed(
            "kind",
            c -> CooperationKind.fromCode(c).orElseThrow(),
            "must be one of: memorandum, network-membership, joint-project, exchange");
    Optional<LocalDate> start = json.date("start");
    Optional<LocalDate> end = json.optionalDate("end");
    Optional<CooperationStatus> status =
        json.parsed(
            "status",
            c -> CooperationStatus.fromCode(c).orElseThrow(),
            "must be one of: planned, active, ended");
    String description = json.string("description");
    json.check(
        "description",
        () -> CooperationTexts.multiLine(description, "description", Cooperation.MAX_DESCRIPTION),
        "has at most " + Cooperation.MAX_DESCRIPTION + " characters, no control characters");
    List<String> activities = json.strings("activities", Cooperation.MAX_ACTIVITIES);
    for (String activity : activities) {
      json.check(
          "activities",
          () -> CooperationTexts.singleLine(activity, "activity", 1, Cooperation.MAX_ACTIVITY),
          "must list activities of 1 to " + Cooperation.MAX_ACTIVITY + " characters on one line");
    }
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      json.error("end", "must be on or after start");
    }
    json.done();
    return new Cooperation(
        id, kind.orElseThrow(), start.get(), end, status.get(), description, activities);
  }

  /**
   * @param knownPartner whether a partner id names a stored partner (for a partner organiser)
   */
  static MissionPlan mission(
      CooperationJson json, Predicate<SectorCode> knownSector, Predicate<PartnerId> knownPartner) {
    CooperationJson textsJson = json.object("texts");
    Map<Language, MissionText> texts = new EnumMap<>(Language.class);
    for (String tag : textsJson.names()) {
      Optional<Language> language =
          Set.of("de", "fr", "en").contains(tag) ? Language.fromTag(tag) : Optional.empty();
      if (language.isEmpty()) {
        textsJson.error(tag, "is no language of the cluster: de, fr or en");
        continue;
      }
      CooperationJson one = textsJson.object(tag);
      String title = text(one, "title", 3, MissionText.MAX_TITLE);
      String description = one.string("description");
      one.check(
              "description",
              () -> new MissionText(title == null ? "---" : title, description),
              "has at most " + MissionText.MAX_DESCRIPTION + " characters, no control characters")
          .filter(t -> title != null)
          .ifPresent(t -> texts.put(language.get(), t));
    }
    if (textsJson.names().isEmpty()) {
      json.error("texts", "must give a title and description in at least one of de, fr, en");
    }
    Optional<MissionKind> kind =
        json.parsed(
            "kind",
            c -> MissionKind.fromCode(c).orElseThrow(),
            "must be one of: state-visit, economic-mission, trade-fair, study-trip,"
                + " b2b-matchmaking");
    Optional<CountryCode> country = json.parsed("country", CountryCode::of, COUNTRY);
    String city = text(json, "city", 1, 120);
    Optional<LocalDate> start = json.date("start");
    Optional<LocalDate> end = json.date("end");
    Optional<LocalDate> deadline = json.date("applicationDeadline");
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      json.error("end", "must be on or after start");
    }
    if (start.isPresent() && deadline.isPresent() && !deadline.get().isBefore(start.get())) {
      json.error("applicationDeadline", "must be before start");
    }
    Optional<Organiser> organiser = organiser(json.object("organiser"), knownPartner);
    Set<SectorCode> sectors = sectors(json, "targetSectors", MissionPlan.MAX_SECTORS, knownSector);
    int capacity = json.integer("capacity", 1, MissionPlan.MAX_CAPACITY, null);
    json.done();
    return new MissionPlan(
        new MissionTexts(texts),
        kind.orElseThrow(),
        country.orElseThrow(),
        city,
        new MissionDates(start.get(), end.get(), deadline.get()),
        organiser.orElseThrow(),
        sectors,
        capacity);
  }

  private static Optional<Organiser> organiser(
      CooperationJson json, Predicate<PartnerId> knownPartner) {
    Optional<OrganiserKind> kind =
        json.parsed(
            "kind",
            c -> OrganiserKind.fromCode(c).orElseThrow(),
            "must be one of: cluster, ministry, partner");
    String name = text(json, "name", 2, 160);
    Optional<PartnerId> partner =
        json.optional("partner", PartnerId::parse, "must be the id of a partner");
    if (kind.isEmpty() || name == null) {
      return Optional.empty();
    }
    if (kind.get() == OrganiserKind.PARTNER
        && (partner.isEmpty() || !knownPartner.test(partner.get()))) {
      json.error("partner", "must be the id of a partner (GET /api/v1/staff/partners)");
      return Optional.empty();
    }
    if (kind.get() != OrganiserKind.PARTNER && partner.isPresent()) {
      json.error("partner", "is only given for a partner organiser");
      return Optional.empty();
    }
    return Optional.of(new Organiser(kind.get(), name, partner));
  }

  static ParticipantOutcome outcome(CooperationJson json) {
    int contacts = json.integer("contactsMade", 0, ParticipantOutcome.MAX_COUNT, null);
    int leads = json.integer("leads", 0, ParticipantOutcome.MAX_COUNT, null);
    String followUp = json.string("followUp");
    json.check(
        "followUp",
        () -> CooperationTexts.multiLine(followUp, "follow-up", 2000),
        "has at most 2000 characters, no control characters");
    json.done();
    return new ParticipantOutcome(contacts, leads, followUp);
  }

  private static Set<SectorCode> sectors(
      CooperationJson json, String field, int max, Predicate<SectorCode> known) {
    Set<SectorCode> sectors = new LinkedHashSet<>();
    for (String code : json.strings(field, max)) {
      Optional<SectorCode> sector = json.check(field, () -> new SectorCode(code), SECTORS);
      if (sector.isPresent() && known.test(sector.get())) {
        sectors.add(sector.get());
      } else {
        json.error(field, SECTORS);
      }
    }
    return sectors;
  }

  /** A single-line text within bounds; null after an error naming the field. */
  private static String text(CooperationJson json, String field, int min, int max) {
    String raw = json.string(field);
    return json.check(
            field,
            () -> CooperationTexts.singleLine(raw, field, min, max),
            "must have " + min + " to " + max + " characters on one line")
        .orElse(null);
  }
}
