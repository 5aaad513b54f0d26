package lu.creativecluster.adapter.webui.member;

import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import lu.creativecluster.domain.member.ContactDetails;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.ExportProfile;
import lu.creativecluster.domain.member.Keyword;
import lu.creativecluster.domain.member.LanguageTag;
import lu.creativecluster.domain.member.Location;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberKind;
import lu.creativecluster.domain.member.MemberProfile;
import lu.creativecluster.domain.member.MemberSectors;
import lu.creativecluster.domain.member.PhoneNumber;
import lu.creativecluster.domain.member.PrivateDetails;
import lu.creativecluster.domain.member.ProfileText;
import lu.creativecluster.domain.member.TeamSizeBand;
import lu.creativecluster.domain.member.WebLink;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/**
 * Web adapter: the fields of the membership application and of the profile edit form, as people
 * type them, and their reading into the domain's values. Every field that does not read gets its
 * own error (a bundle key, shown beside the field); what was typed stays as it was, so the form
 * shows it again. Lists are typed comma-separated (keywords, languages, markets) or one per line
 * (skills).
 */
public final class ProfileFields {

  /** Field ids, also the ids of the inputs (and of their errors, with {@code -error}). */
  static final String NAME = "name";

  static final String KIND = "kind";
  static final String SECTORS = "primary-sector";
  static final String PITCH = "pitch";
  static final String DESCRIPTION = "description";
  static final String COMMUNE = "commune";
  static final String COUNTRY = "country";
  static final String WEBSITE = "website";
  static final String KEYWORDS = "keywords";
  static final String SKILLS = "skills";
  static final String LANGUAGES = "languages";
  static final String YEAR = "year-founded";
  static final String TEAM = "team-size";
  static final String MARKETS = "markets-served";
  static final String WANTED = "markets-wanted";
  static final String EMAIL = "email";
  static final String PHONE = "phone";
  static final String LEGAL = "legal-name";

  private String name;
  private String kind;
  private String primarySector;
  private String secondSector;
  private String thirdSector;
  private final Map<String, String> pitch = new HashMap<>();
  private final Map<String, String> description = new HashMap<>();
  private String commune;
  private String country = "LU";
  private String website;
  private String keywords;
  private String skills;
  private String languages;
  private String yearFounded;
  private String teamSize;
  private String marketsServed;
  private String marketsWanted;
  private boolean wantsExportHelp;
  private String email;
  private boolean showEmail;
  private String phone;
  private boolean showPhone;
  private String legalName;
  private String registrationNumber;

  /** Field id → bundle key of its error, in the order of the form. */
  private final Map<String, String> errors = new LinkedHashMap<>();

  /** What was read, once {@link #read} found no error. */
  public record Read(
      MemberProfile profile,
      Email email,
      Optional<PhoneNumber> phone,
      boolean showEmail,
      boolean showPhone,
      PrivateDetails privateDetails) {}

  /** The fields filled from a stored member, for the edit form. */
  static ProfileFields of(Member member) {
    ProfileFields f = new ProfileFields();
    MemberProfile p = member.profile();
    f.name = p.displayName();
    f.kind = p.kind().code();
    List<SectorCode> sectors = p.sectors().all();
    f.primarySector = sectors.get(0).value();
    f.secondSector = sectors.size() > 1 ? sectors.get(1).value() : "";
    f.thirdSector = sectors.size() > 2 ? sectors.get(2).value() : "";
    p.pitch().values().forEach((l, t) -> f.pitch.put(l.code(), t));
    p.description().values().forEach((l, t) -> f.description.put(l.code(), t));
    f.commune = p.location().commune();
    f.country = p.location().country().alpha2();
    f.website = p.website().map(WebLink::toString).orElse("");
    f.keywords = String.join(", ", p.keywords().stream().map(Keyword::value).toList());
    f.skills = String.join("\n", p.skills());
    f.languages = String.join(", ", p.languages().stream().map(LanguageTag::value).toList());
    f.yearFounded = p.yearFounded().map(Year::toString).orElse("");
    f.teamSize = p.teamSize().map(TeamSizeBand::code).orElse("");
    f.marketsServed = codes(p.export().marketsServed());
    f.marketsWanted = codes(p.export().marketsWanted());
    f.wantsExportHelp = p.export().wantsExportHelp();
    ContactDetails contact = member.contact();
    f.email = contact.email().map(Email::value).orElse("");
    f.showEmail = contact.emailConsentAt().isPresent();
    f.phone = contact.phone().map(PhoneNumber::value).orElse("");
    f.showPhone = contact.phoneConsentAt().isPresent();
    f.legalName = member.privateDetails().legalName();
    f.registrationNumber = member.privateDetails().registrationNumber();
    return f;
  }

  private static String codes(Set<CountryCode> countries) {
    return String.join(", ", countries.stream().map(CountryCode::alpha2).toList());
  }

  /**
   * Reads every field; on any error returns empty and {@link #errors()} says which fields.
   *
   * @param knownSectors the sector codes of the catalogue
   * @param currentYear no member is founded after it
   */
  Optional<Read> read(Set<String> knownSectors, Year currentYear) {
    errors.clear();
    String displayName = strip(name);
    if (displayName.isEmpty()
        || displayName.length() > MemberProfile.MAX_NAME_LENGTH
        || displayName.chars().anyMatch(Character::isISOControl)) {
      errors.put(NAME, "memberForm.error.name");
    }
    Optional<MemberKind> memberKind = MemberKind.fromCode(strip(kind));
    if (memberKind.isEmpty()) {
      errors.put(KIND, "memberForm.error.kind");
    }
    MemberSectors memberSectors = sectors(knownSectors);
    ProfileText pitchText = text(pitch, PITCH, MemberProfile.MAX_PITCH_LENGTH);
    ProfileText descriptionText =
        text(description, DESCRIPTION, MemberProfile.MAX_DESCRIPTION_LENGTH);
    Location location = attempt(COUNTRY, () -> Location.of(strip(commune), strip(country)));
    Optional<WebLink> site =
        strip(website).isEmpty()
            ? Optional.empty()
            : Optional.ofNullable(attempt(WEBSITE, () -> WebLink.parse(strip(website))));
    List<Keyword> keywordList = list(keywords, KEYWORDS, Keyword::of, MemberProfile.MAX_KEYWORDS);
    List<String> skillList = skills();
    List<LanguageTag> spoken =
        list(languages, LANGUAGES, LanguageTag::of, MemberProfile.MAX_LANGUAGES);
    Optional<Year> founded = year(currentYear);
    Optional<TeamSizeBand> team = TeamSizeBand.fromCode(strip(teamSize));
    if (!strip(teamSize).isEmpty() && team.isEmpty()) {
      errors.put(TEAM, "memberForm.error." + TEAM);
    }
    List<CountryCode> served = list(marketsServed, MARKETS, CountryCode::of, 60);
    List<CountryCode> wanted = list(marketsWanted, WANTED, CountryCode::of, 60);
    Email address = attempt(EMAIL, () -> new Email(strip(email)));
    Optional<PhoneNumber> phoneNumber =
        strip(phone).isEmpty()
            ? Optional.empty()
            : Optional.ofNullable(attempt(PHONE, () -> new PhoneNumber(strip(phone))));
    if (showPhone && strip(phone).isEmpty()) {
      errors.put(PHONE, "memberForm.error.phoneToShow");
    }
    PrivateDetails details =
        attempt(LEGAL, () -> new PrivateDetails(strip(legalName), strip(registrationNumber), ""));
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    MemberProfile profile =
        attempt(
            NAME,
            () ->
                MemberProfile.builder(
                        displayName,
                        memberKind.get(),
                        memberSectors,
                        pitchText,
                        descriptionText,
                        location)
                    .website(site)
                    .keywords(keywordList)
                    .skills(skillList)
                    .languages(spoken)
                    .yearFounded(founded)
                    .teamSize(team)
                    .export(
                        new ExportProfile(
                            new LinkedHashSet<>(served),
                            new LinkedHashSet<>(wanted),
                            wantsExportHelp))
                    .build());
    if (profile == null) {
      return Optional.empty();
    }
    return Optional.of(new Read(profile, address, phoneNumber, showEmail, showPhone, details));
  }

  private MemberSectors sectors(Set<String> knownSectors) {
    List<String> chosen = new ArrayList<>();
    for (String code : Arrays.asList(primarySector, secondSector, thirdSector)) {
      String c = strip(code);
      if (!c.isEmpty()) {
        chosen.add(c);
      }
    }
    if (strip(primarySector).isEmpty()
        || !knownSectors.containsAll(chosen)
        || new LinkedHashSet<>(chosen).size() != chosen.size()) {
      errors.put(SECTORS, "memberForm.error." + SECTORS);
      return null;
    }
    return attempt(
        SECTORS,
        () ->
            new MemberSectors(
                new SectorCode(chosen.get(0)),
                chosen.subList(1, chosen.size()).stream().map(SectorCode::new).toList()));
  }

  private ProfileText text(Map<String, String> typed, String field, int max) {
    Map<Language, String> texts = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String t = typed.get(language.code());
      if (t != null && !t.isBlank()) {
        if (t.strip().length() > max) {
          errors.put(field, "memberForm.error." + field + ".length");
          return null;
        }
        texts.put(language, t);
      }
    }
    if (texts.isEmpty()) {
      errors.put(field, "memberForm.error." + field);
      return null;
    }
    return attempt(field, () -> new ProfileText(texts));
  }

  private List<String> skills() {
    List<String> lines =
        strip(skills).isEmpty()
            ? List.of()
            : Arrays.stream(skills.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    boolean valid =
        lines.size() <= MemberProfile.MAX_SKILLS
            && lines.stream()
                .allMatch(s -> s.length() >= 2 && s.length() <= MemberProfile.MAX_SKILL_LENGTH);
    if (!valid) {
      errors.put(SKILLS, "memberForm.error.skills");
      return List.of();
    }
    return lines;
  }

  private Optional<Year> year(Year currentYear) {
    String typed = strip(yearFounded);
    if (typed.isEmpty()) {
      return Optional.empty();
    }
    try {
      Year year = Year.of(Integer.parseInt(typed));
      if (!year.isBefore(MemberProfile.EARLIEST_FOUNDING) && !year.isAfter(currentYear)) {
        return Optional.of(year);
      }
    } catch (RuntimeException notAYear) {
      // reported below like a year out of range
    }
    errors.put(YEAR, "memberForm.error." + YEAR);
    return Optional.empty();
  }

  private <T> List<T> list(String typed, String field, Function<String, T> parser, int max) {
    if (strip(typed).isEmpty()) {
      return List.of();
    }
    List<T> values = new ArrayList<>();
    for (String part : typed.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      T value = attempt(field, () -> parser.apply(part.strip()));
      if (value == null) {
        return List.of();
      }
      if (!values.contains(value)) {
        values.add(value);
      }
    }
    if (values.size() > max) {
      errors.put(field, "memberForm.error." + field);
      return List.of();
    }
    return values;
  }

  /** The value, or {@code null} with the field's error when the domain refuses what was typed. */
  private <T> T attempt(String field, java.util.function.Supplier<T> reading) {
    try {
      return reading.get();
    } catch (IllegalArgumentException | NullPointerException refused) {
      errors.putIfAbsent(field, "memberForm.error." + field);
      return null;
    }
  }

  private static String strip(String typed) {
    return typed == null ? "" : typed.strip();
  }

  /** Field id → bundle key of its error. */
  public Map<String, String> errors() {
    return errors;
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  // Getters and setters for the form's inputs.

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getPrimarySector() {
    return primarySector;
  }

  public void setPrimarySector(String primarySector) {
    this.primarySector = primarySector;
  }

  public String getSecondSector() {
    return secondSector;
  }

  public void setSecondSector(String secondSector) {
    this.secondSector = secondSector;
  }

  public String getThirdSector() {
    return thirdSector;
  }

  public void setThirdSector(String thirdSector) {
    this.thirdSector = thirdSector;
  }

  /** Pitch by language code, bound as {@code #{form.fields.pitch['de']}}. */
  public Map<String, String> getPitch() {
    return pitch;
  }

  public Map<String, String> getDescription() {
    return description;
  }

  public String getCommune() {
    return commune;
  }

  public void setCommune(String commune) {
    this.commune = commune;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getKeywords() {
    return keywords;
  }

  public void setKeywords(String keywords) {
    this.keywords = keywords;
  }

  public String getSkills() {
    return skills;
  }

  public void setSkills(String skills) {
    this.skills = skills;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public String getYearFounded() {
    return yearFounded;
  }

  public void setYearFounded(String yearFounded) {
    this.yearFounded = yearFounded;
  }

  public String getTeamSize() {
    return teamSize;
  }

  public void setTeamSize(String teamSize) {
    this.teamSize = teamSize;
  }

  public String getMarketsServed() {
    return marketsServed;
  }

  public void setMarketsServed(String marketsServed) {
    this.marketsServed = marketsServed;
  }

  public String getMarketsWanted() {
    return marketsWanted;
  }

  public void setMarketsWanted(String marketsWanted) {
    this.marketsWanted = marketsWanted;
  }

  public boolean isWantsExportHelp() {
    return wantsExportHelp;
  }

  public void setWantsExportHelp(boolean wantsExportHelp) {
    this.wantsExportHelp = wantsExportHelp;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isShowEmail() {
    return showEmail;
  }

  public void setShowEmail(boolean showEmail) {
    this.showEmail = showEmail;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public boolean isShowPhone() {
    return showPhone;
  }

  public void setShowPhone(boolean showPhone) {
    this.showPhone = showPhone;
  }

  public String getLegalName() {
    return legalName;
  }

  public void setLegalName(String legalName) {
    this.legalName = legalName;
  }

  public String getRegistrationNumber() {
    return registrationNumber;
  }

  public void setRegistrationNumber(String registrationNumber) {
    this.registrationNumber = registrationNumber;
  }
}
