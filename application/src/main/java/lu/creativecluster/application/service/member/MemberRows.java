package lu.creativecluster.application.service.member;

import java.time.Instant;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import lu.creativecluster.application.port.in.member.ImportError;
import lu.creativecluster.application.port.in.member.MemberColumn;
import lu.creativecluster.application.port.in.member.MemberCsv;
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
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.member.PhoneNumber;
import lu.creativecluster.domain.member.PortfolioKind;
import lu.creativecluster.domain.member.PortfolioLink;
import lu.creativecluster.domain.member.PrivateDetails;
import lu.creativecluster.domain.member.ProfileText;
import lu.creativecluster.domain.member.Slug;
import lu.creativecluster.domain.member.TeamSizeBand;
import lu.creativecluster.domain.member.WebLink;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/**
 * Maps members to rows of the CSV format and back. Reading a row checks every cell and collects one
 * {@link ImportError} per bad cell, so staff fix a file in one go rather than error by error.
 */
final class MemberRows {

  /** The statuses an imported row may have; merged and erased records are no one's to import. */
  static final Set<MemberStatus> IMPORTABLE =
      Set.of(
          MemberStatus.APPLIED,
          MemberStatus.ACTIVE,
          MemberStatus.SUSPENDED,
          MemberStatus.LEFT,
          MemberStatus.REJECTED);

  static final Set<MemberColumn> REQUIRED =
      Set.of(
          MemberColumn.DISPLAY_NAME,
          MemberColumn.KIND,
          MemberColumn.PRIMARY_SECTOR,
          MemberColumn.COUNTRY);

  static final String REQUIRED_KEY = "import.cell.required";
  static final String INVALID_KEY = "import.cell.invalid";

  private MemberRows() {}

  /**
   * What a row says, checked; {@code errors} lists what is wrong, empty when it can be imported.
   */
  record ParsedRow(
      int row,
      Optional<Slug> slug,
      MemberStatus status,
      Optional<MemberProfile> profile,
      ContactRequest contact,
      PrivateDetails privateDetails,
      List<ImportError> errors) {}

  /** The contact fields and which of them the member agreed to show. */
  record ContactRequest(
      Optional<Email> email, Optional<PhoneNumber> phone, boolean showEmail, boolean showPhone) {

    ContactDetails at(Instant now) {
      return ContactDetails.privately(email, phone)
          .revisedTo(email, phone, showEmail, showPhone, now);
    }
  }

  // ---- reading ---------------------------------------------------------------------------------

  static ParsedRow read(
      int rowNumber,
      Map<MemberColumn, String> cells,
      Predicate<SectorCode> sectorExists,
      Year currentYear) {
    Reader r = new Reader(rowNumber, cells);
    Optional<Slug> slug = r.optional(MemberColumn.SLUG, Slug::new);
    MemberStatus status =
        r.optional(MemberColumn.STATUS, MemberRows::importableStatus).orElse(MemberStatus.ACTIVE);
    String name = r.required(MemberColumn.DISPLAY_NAME, n -> n);
    Optional<MemberKind> kind =
        r.requiredValue(MemberColumn.KIND, c -> code(MemberKind.fromCode(c), "kind"));
    Optional<SectorCode> primary =
        r.requiredValue(MemberColumn.PRIMARY_SECTOR, c -> sector(c, sectorExists));
    List<SectorCode> others = r.list(MemberColumn.OTHER_SECTORS, c -> sector(c, sectorExists));
    Optional<MemberSectors> sectors =
        primary.flatMap(
            p -> r.check(MemberColumn.OTHER_SECTORS, () -> new MemberSectors(p, others)));
    Optional<ProfileText> pitch =
        r.text(
            MemberColumn.PITCH_DE,
            MemberColumn.PITCH_FR,
            MemberColumn.PITCH_EN,
            MemberProfile.MAX_PITCH_LENGTH);
    Optional<ProfileText> description =
        r.text(
            MemberColumn.DESCRIPTION_DE,
            MemberColumn.DESCRIPTION_FR,
            MemberColumn.DESCRIPTION_EN,
            MemberProfile.MAX_DESCRIPTION_LENGTH);
    List<Keyword> keywords = r.list(MemberColumn.KEYWORDS, Keyword::new);
    r.atMost(MemberColumn.KEYWORDS, keywords.size(), MemberProfile.MAX_KEYWORDS);
    List<String> skills = r.list(MemberColumn.SKILLS, s -> s);
    r.atMost(MemberColumn.SKILLS, skills.size(), MemberProfile.MAX_SKILLS);
    List<PortfolioLink> portfolio = r.list(MemberColumn.PORTFOLIO, MemberRows::portfolioLink);
    r.atMost(MemberColumn.PORTFOLIO, portfolio.size(), MemberProfile.MAX_PORTFOLIO);
    String commune = r.optional(MemberColumn.COMMUNE, c -> c).orElse("");
    Optional<CountryCode> country = r.requiredValue(MemberColumn.COUNTRY, CountryCode::of);
    Optional<Location> location =
        country.flatMap(c -> r.check(MemberColumn.COMMUNE, () -> new Location(commune, c)));
    Optional<WebLink> website = r.optional(MemberColumn.WEBSITE, WebLink::parse);
    List<WebLink> social = r.list(MemberColumn.SOCIAL_LINKS, WebLink::parse);
    r.atMost(MemberColumn.SOCIAL_LINKS, social.size(), MemberProfile.MAX_SOCIAL_LINKS);
    List<LanguageTag> languages = r.list(MemberColumn.LANGUAGES, LanguageTag::of);
    r.atMost(MemberColumn.LANGUAGES, languages.size(), MemberProfile.MAX_LANGUAGES);
    Optional<Year> founded = r.optional(MemberColumn.YEAR_FOUNDED, y -> year(y, currentYear));
    Optional<TeamSizeBand> teamSize =
        r.optional(MemberColumn.TEAM_SIZE, c -> code(TeamSizeBand.fromCode(c), "team size"));
    List<CountryCode> served = r.list(MemberColumn.MARKETS_SERVED, CountryCode::of);
    List<CountryCode> wanted = r.list(MemberColumn.MARKETS_WANTED, CountryCode::of);
    boolean wantsHelp = r.bool(MemberColumn.WANTS_EXPORT_HELP);
    Optional<ExportProfile> export =
        r.check(
            MemberColumn.MARKETS_SERVED,
            () -> new ExportProfile(Set.copyOf(served), Set.copyOf(wanted), wantsHelp));
    Optional<Email> email = r.optional(MemberColumn.EMAIL, Email::new);
    Optional<PhoneNumber> phone = r.optional(MemberColumn.PHONE, PhoneNumber::new);
    boolean showEmail = r.bool(MemberColumn.SHOW_EMAIL);
    boolean showPhone = r.bool(MemberColumn.SHOW_PHONE);
    if (showEmail && email.isEmpty() && !r.failed(MemberColumn.EMAIL)) {
      r.error(MemberColumn.SHOW_EMAIL, "import.consent.without-value", "show_email needs an email");
    }
    if (showPhone && phone.isEmpty() && !r.failed(MemberColumn.PHONE)) {
      r.error(MemberColumn.SHOW_PHONE, "import.consent.without-value", "show_phone needs a phone");
    }
    Optional<PrivateDetails> privateDetails =
        r.check(
            MemberColumn.LEGAL_NAME,
            () ->
                new PrivateDetails(
                    r.raw(MemberColumn.LEGAL_NAME),
                    r.raw(MemberColumn.REGISTRATION_NUMBER),
                    r.raw(MemberColumn.INTERNAL_NOTES)));
    Optional<MemberProfile> profile = Optional.empty();
    if (r.errors.isEmpty()) {
      profile =
          r.check(
              MemberColumn.DISPLAY_NAME,
              () ->
                  MemberProfile.builder(
                          name,
                          kind.orElseThrow(),
                          sectors.orElseThrow(),
                          pitch.orElseThrow(),
                          description.orElseThrow(),
                          location.orElseThrow())
                      .keywords(keywords)
                      .skills(skills)
                      .portfolio(portfolio)
                      .website(website)
                      .socialLinks(social)
                      .languages(languages)
                      .yearFounded(founded)
                      .teamSize(teamSize)
                      .export(export.orElseThrow())
                      .build());
    }
    return new ParsedRow(
        rowNumber,
        slug,
        status,
        profile,
        new ContactRequest(email, phone, showEmail, showPhone),
        privateDetails.orElse(PrivateDetails.NONE),
        List.copyOf(r.errors));
  }

  private static MemberStatus importableStatus(String code) {
    MemberStatus status =
        MemberStatus.fromCode(code.toLowerCase(Locale.ROOT))
            .orElseThrow(() -> new IllegalArgumentException("unknown status " + code));
    if (!IMPORTABLE.contains(status)) {
      throw new IllegalArgumentException("a " + status + " record cannot be imported");
    }
    return status;
  }

  private static <T> T code(Optional<T> value, String what) {
    return value.orElseThrow(() -> new IllegalArgumentException("unknown " + what));
  }

  private static SectorCode sector(String code, Predicate<SectorCode> exists) {
    SectorCode sector;
    try {
      sector = new SectorCode(code.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException notACode) {
      // "Töpferei" is no code at all; for staff it is the same mistake as an unknown code.
      throw new UnknownSectorException(code);
    }
    if (!exists.test(sector)) {
      throw new UnknownSectorException(code);
    }
    return sector;
  }

  private static Year year(String text, Year currentYear) {
    Year year;
    try {
      year = Year.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a year: " + text, e);
    }
    if (year.isAfter(currentYear) || year.isBefore(MemberProfile.EARLIEST_FOUNDING)) {
      throw new IllegalArgumentException(
          "a year from " + MemberProfile.EARLIEST_FOUNDING + " to " + currentYear);
    }
    return year;
  }

  /** {@code kind url title}: the kind's code, the address, then the title (spaces allowed). */
  private static PortfolioLink portfolioLink(String entry) {
    String[] parts = entry.strip().split("\\s+", 3);
    if (parts.length < 3) {
      throw new IllegalArgumentException("a portfolio entry reads: kind url title");
    }
    PortfolioKind kind = code(PortfolioKind.fromCode(parts[0]), "portfolio kind");
    return new PortfolioLink(parts[2], WebLink.parse(parts[1]), kind);
  }

  /** A sector code that reads well but is not one of the cluster's sectors. */
  static final class UnknownSectorException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UnknownSectorException(String code) {
      super("no sector " + code);
    }
  }

  /** Reads the cells of one row, collecting one error per bad cell. */
  private static final class Reader {
    private final int row;
    private final Map<MemberColumn, String> cells;
    private final List<ImportError> errors = new ArrayList<>();
    private final Set<MemberColumn> failed = new LinkedHashSet<>();

    Reader(int row, Map<MemberColumn, String> cells) {
      this.row = row;
      this.cells = cells;
    }

    String raw(MemberColumn column) {
      return cells.getOrDefault(column, "").strip();
    }

    boolean failed(MemberColumn column) {
      return failed.contains(column);
    }

    void error(MemberColumn column, String key, String detail) {
      if (failed.add(column)) {
        errors.add(new ImportError(row, column.header(), key, detail));
      }
    }

    <T> Optional<T> optional(MemberColumn column, Function<String, T> parse) {
      String value = raw(column);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      return parsed(column, value, parse);
    }

    <T> T required(MemberColumn column, Function<String, T> parse) {
      return requiredValue(column, parse).orElse(null);
    }

    <T> Optional<T> requiredValue(MemberColumn column, Function<String, T> parse) {
      String value = raw(column);
      if (value.isEmpty()) {
        error(column, REQUIRED_KEY, column.header() + " is required");
        return Optional.empty();
      }
      return parsed(column, value, parse);
    }

    <T> List<T> list(MemberColumn column, Function<String, T> parse) {
      List<T> values = new ArrayList<>();
      for (String value : MemberCsv.splitList(raw(column))) {
        parsed(column, value, parse).ifPresent(values::add);
      }
      return values;
    }

    void atMost(MemberColumn column, int count, int max) {
      if (count > max) {
        error(column, "import.cell.too-many", column.header() + " holds at most " + max);
      }
    }

    boolean bool(MemberColumn column) {
      String value = raw(column).toLowerCase(Locale.ROOT);
      return switch (value) {
        case "", "false", "no", "0" -> false;
        case "true", "yes", "1" -> true;
        default -> {
          error(column, INVALID_KEY, "true or false, not " + value);
          yield false;
        }
      };
    }

    /** The three language columns of one text; at least one must be filled. */
    Optional<ProfileText> text(MemberColumn de, MemberColumn fr, MemberColumn en, int max) {
      Map<Language, String> values = new EnumMap<>(Language.class);
      boolean ok = true;
      Map<Language, MemberColumn> columns = new EnumMap<>(Language.class);
      columns.put(Language.DE, de);
      columns.put(Language.FR, fr);
      columns.put(Language.EN, en);
      for (Map.Entry<Language, MemberColumn> entry : columns.entrySet()) {
        String value = raw(entry.getValue());
        if (value.length() > max) {
          error(entry.getValue(), "import.cell.too-long", "at most " + max + " characters");
          ok = false;
        } else if (!value.isEmpty()) {
          values.put(entry.getKey(), value);
        }
      }
      if (values.isEmpty() && ok) {
        error(en, "import.text.required", "write it in de, fr or en at least");
        return Optional.empty();
      }
      return ok ? check(de, () -> new ProfileText(values)) : Optional.empty();
    }

    <T> Optional<T> check(MemberColumn column, java.util.function.Supplier<T> make) {
      try {
        return Optional.of(make.get());
      } catch (IllegalArgumentException e) {
        error(column, INVALID_KEY, e.getMessage());
        return Optional.empty();
      }
    }

    private <T> Optional<T> parsed(MemberColumn column, String value, Function<String, T> parse) {
      try {
        return Optional.of(parse.apply(value));
      } catch (UnknownSectorException e) {
        error(column, "import.sector.unknown", e.getMessage());
      } catch (IllegalArgumentException e) {
        error(column, INVALID_KEY, e.getMessage());
      }
      return Optional.empty();
    }
  }

  // ---- writing ---------------------------------------------------------------------------------

  /**
   * A member as a row: every column when {@code complete}, else the public fields (contact fields
   * only where the member agreed to show them, private columns empty).
   */
  static Map<MemberColumn, List<String>> write(Member member, boolean complete) {
    MemberProfile p = member.profile();
    ContactDetails c = member.contact();
    Map<MemberColumn, List<String>> row = new EnumMap<>(MemberColumn.class);
    row.put(MemberColumn.SLUG, one(member.slug().value()));
    row.put(MemberColumn.DISPLAY_NAME, one(p.displayName()));
    row.put(MemberColumn.KIND, one(p.kind().code()));
    row.put(MemberColumn.STATUS, one(member.status().code()));
    row.put(MemberColumn.PRIMARY_SECTOR, one(p.sectors().primary().value()));
    row.put(
        MemberColumn.OTHER_SECTORS, p.sectors().others().stream().map(SectorCode::value).toList());
    row.put(MemberColumn.PITCH_DE, text(p.pitch(), Language.DE));
    row.put(MemberColumn.PITCH_FR, text(p.pitch(), Language.FR));
    row.put(MemberColumn.PITCH_EN, text(p.pitch(), Language.EN));
    row.put(MemberColumn.DESCRIPTION_DE, text(p.description(), Language.DE));
    row.put(MemberColumn.DESCRIPTION_FR, text(p.description(), Language.FR));
    row.put(MemberColumn.DESCRIPTION_EN, text(p.description(), Language.EN));
    row.put(MemberColumn.KEYWORDS, p.keywords().stream().map(Keyword::value).toList());
    row.put(MemberColumn.SKILLS, p.skills());
    row.put(
        MemberColumn.PORTFOLIO,
        p.portfolio().stream()
            .map(l -> l.kind().code() + " " + l.link() + " " + l.title())
            .toList());
    row.put(MemberColumn.COMMUNE, one(p.location().commune()));
    row.put(MemberColumn.COUNTRY, one(p.location().country().alpha2()));
    row.put(MemberColumn.WEBSITE, one(p.website().map(WebLink::toString).orElse("")));
    row.put(MemberColumn.SOCIAL_LINKS, p.socialLinks().stream().map(WebLink::toString).toList());
    row.put(MemberColumn.LANGUAGES, p.languages().stream().map(LanguageTag::value).toList());
    row.put(MemberColumn.YEAR_FOUNDED, one(p.yearFounded().map(Year::toString).orElse("")));
    row.put(MemberColumn.TEAM_SIZE, one(p.teamSize().map(TeamSizeBand::code).orElse("")));
    row.put(MemberColumn.MARKETS_SERVED, codes(p.export().marketsServed()));
    row.put(MemberColumn.MARKETS_WANTED, codes(p.export().marketsWanted()));
    row.put(MemberColumn.WANTS_EXPORT_HELP, one(Boolean.toString(p.export().wantsExportHelp())));
    Optional<Email> email = complete ? c.email() : c.publicEmail();
    Optional<PhoneNumber> phone = complete ? c.phone() : c.publicPhone();
    row.put(MemberColumn.EMAIL, one(email.map(Email::value).orElse("")));
    row.put(MemberColumn.SHOW_EMAIL, one(Boolean.toString(c.emailConsentAt().isPresent())));
    row.put(MemberColumn.PHONE, one(phone.map(PhoneNumber::value).orElse("")));
    row.put(MemberColumn.SHOW_PHONE, one(Boolean.toString(c.phoneConsentAt().isPresent())));
    if (complete) {
      PrivateDetails d = member.privateDetails();
      row.put(MemberColumn.LEGAL_NAME, one(d.legalName()));
      row.put(MemberColumn.REGISTRATION_NUMBER, one(d.registrationNumber()));
      row.put(MemberColumn.INTERNAL_NOTES, one(d.internalNotes()));
    }
    return row;
  }

  private static List<String> one(String value) {
    return value.isEmpty() ? List.of() : List.of(value);
  }

  private static List<String> text(ProfileText text, Language language) {
    return text.exactlyIn(language).map(List::of).orElse(List.of());
  }

  private static List<String> codes(Set<CountryCode> countries) {
    return countries.stream().map(CountryCode::alpha2).toList();
  }
}
