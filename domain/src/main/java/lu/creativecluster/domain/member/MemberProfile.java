package lu.creativecluster.domain.member;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lu.creativecluster.domain.shared.Language;

/**
 * Value object: what a member tells the public about itself. The member edits it as a whole; the
 * life cycle, contact consent and private details live beside it in {@link Member}.
 *
 * @param skills skills and services offered, as the member words them
 * @param yearFounded from 1800; {@link Member} also checks it is not in the future
 */
public record MemberProfile(
    String displayName,
    MemberKind kind,
    MemberSectors sectors,
    ProfileText pitch,
    ProfileText description,
    List<Keyword> keywords,
    List<String> skills,
    List<PortfolioLink> portfolio,
    Location location,
    Optional<WebLink> website,
    List<WebLink> socialLinks,
    List<LanguageTag> languages,
    Optional<Year> yearFounded,
    Optional<TeamSizeBand> teamSize,
    ExportProfile export) {

  public static final int MAX_NAME_LENGTH = 120;
  public static final int MAX_PITCH_LENGTH = 280;
  public static final int MAX_DESCRIPTION_LENGTH = ProfileText.MAX_LENGTH;
  public static final int MAX_KEYWORDS = 20;
  public static final int MAX_SKILLS = 30;
  public static final int MAX_SKILL_LENGTH = 80;
  public static final int MAX_PORTFOLIO = 12;
  public static final int MAX_SOCIAL_LINKS = 10;
  public static final int MAX_LANGUAGES = 20;
  public static final Year EARLIEST_FOUNDING = Year.of(1800);

  private static final String ERASED_NAME = "Erased member";
  private static final ProfileText ERASED_TEXT = ProfileText.in(Language.EN, "Erased");

  public MemberProfile {
    displayName = Texts.singleLine(displayName, "display name", 1, MAX_NAME_LENGTH);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sectors, "sectors");
    Objects.requireNonNull(pitch, "pitch");
    Objects.requireNonNull(description, "description");
    if (pitch.longest() > MAX_PITCH_LENGTH) {
      throw new IllegalArgumentException(
          "a pitch has at most " + MAX_PITCH_LENGTH + " characters in each language");
    }
    keywords = distinct(keywords, "keywords", MAX_KEYWORDS);
    skills = skills(skills);
    portfolio = distinct(portfolio, "portfolio", MAX_PORTFOLIO);
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(website, "website");
    socialLinks = distinct(socialLinks, "socialLinks", MAX_SOCIAL_LINKS);
    languages = distinct(languages, "languages", MAX_LANGUAGES);
    Objects.requireNonNull(yearFounded, "yearFounded");
    if (yearFounded.isPresent() && yearFounded.get().isBefore(EARLIEST_FOUNDING)) {
      throw new IllegalArgumentException(
          "a member was founded in " + EARLIEST_FOUNDING + " or later");
    }
    Objects.requireNonNull(teamSize, "teamSize");
    Objects.requireNonNull(export, "export");
  }

  /** A profile with the required fields only; the builder's {@code with} methods add the rest. */
  public static Builder builder(
      String displayName,
      MemberKind kind,
      MemberSectors sectors,
      ProfileText pitch,
      ProfileText description,
      Location location) {
    return new Builder(displayName, kind, sectors, pitch, description, location);
  }

  /** A builder starting from this profile, to change a few fields. */
  public Builder toBuilder() {
    return new Builder(displayName, kind, sectors, pitch, description, location)
        .keywords(keywords)
        .skills(skills)
        .portfolio(portfolio)
        .website(website)
        .socialLinks(socialLinks)
        .languages(languages)
        .yearFounded(yearFounded)
        .teamSize(teamSize)
        .export(export);
  }

  /**
   * @throws IllegalArgumentException if the year founded is after {@code currentYear}
   */
  MemberProfile requireFoundedBy(Year currentYear) {
    if (yearFounded.isPresent() && yearFounded.get().isAfter(currentYear)) {
      throw new IllegalArgumentException("a member cannot be founded after " + currentYear);
    }
    return this;
  }

  /** Both records' keywords (this one's first, up to the limit) and export markets. */
  MemberProfile absorbing(MemberProfile other) {
    List<Keyword> union =
        Stream.concat(keywords.stream(), other.keywords.stream())
            .distinct()
            .limit(MAX_KEYWORDS)
            .toList();
    return toBuilder().keywords(union).export(export.unionWith(other.export)).build();
  }

  /**
   * What is left after erasure: kind, sectors, country, team size, founding year and export
   * markets, which say nothing about a person but keep the cluster's aggregate figures right.
   */
  MemberProfile anonymised() {
    return new Builder(ERASED_NAME, kind, sectors, ERASED_TEXT, ERASED_TEXT, location.countryOnly())
        .yearFounded(yearFounded)
        .teamSize(teamSize)
        .export(export)
        .build();
  }

  private static <T> List<T> distinct(List<T> values, String what, int max) {
    Objects.requireNonNull(values, what);
    List<T> copy = values.stream().map(v -> Objects.requireNonNull(v, what)).distinct().toList();
    if (copy.size() > max) {
      throw new IllegalArgumentException(what + " holds at most " + max + " entries");
    }
    return copy;
  }

  /** Stripped, non-blank, each once whatever its case. */
  private static List<String> skills(List<String> skills) {
    Objects.requireNonNull(skills, "skills");
    Set<String> seen = new LinkedHashSet<>();
    List<String> copy = new ArrayList<>();
    for (String skill : skills) {
      if (skill == null || skill.isBlank()) {
        continue;
      }
      String clean = Texts.singleLine(skill, "skill", 2, MAX_SKILL_LENGTH);
      if (seen.add(clean.toLowerCase(Locale.ROOT))) {
        copy.add(clean);
      }
    }
    if (copy.size() > MAX_SKILLS) {
      throw new IllegalArgumentException("skills holds at most " + MAX_SKILLS + " entries");
    }
    return List.copyOf(copy);
  }

  /** Builder: the profile has many optional fields; this keeps construction readable. */
  public static final class Builder {
    private final String displayName;
    private final MemberKind kind;
    private final MemberSectors sectors;
    private final ProfileText pitch;
    private final ProfileText description;
    private final Location location;
    private List<Keyword> keywords = List.of();
    private List<String> skills = List.of();
    private List<PortfolioLink> portfolio = List.of();
    private Optional<WebLink> website = Optional.empty();
    private List<WebLink> socialLinks = List.of();
    private List<LanguageTag> languages = List.of();
    private Optional<Year> yearFounded = Optional.empty();
    private Optional<TeamSizeBand> teamSize = Optional.empty();
    private ExportProfile export = ExportProfile.NONE;

    private Builder(
        String displayName,
        MemberKind kind,
        MemberSectors sectors,
        ProfileText pitch,
        ProfileText description,
        Location location) {
      this.displayName = displayName;
      this.kind = kind;
      this.sectors = sectors;
      this.pitch = pitch;
      this.description = description;
      this.location = location;
    }

    public Builder keywords(List<Keyword> value) {
      keywords = value;
      return this;
    }

    public Builder skills(List<String> value) {
      skills = value;
      return this;
    }

    public Builder portfolio(List<PortfolioLink> value) {
      portfolio = value;
      return this;
    }

    public Builder website(Optional<WebLink> value) {
      website = value;
      return this;
    }

    public Builder socialLinks(List<WebLink> value) {
      socialLinks = value;
      return this;
    }

    public Builder languages(List<LanguageTag> value) {
      languages = value;
      return this;
    }

    public Builder yearFounded(Optional<Year> value) {
      yearFounded = value;
      return this;
    }

    public Builder teamSize(Optional<TeamSizeBand> value) {
      teamSize = value;
      return this;
    }

    public Builder export(ExportProfile value) {
      export = value;
      return this;
    }

    public MemberProfile build() {
      return new MemberProfile(
          displayName,
          kind,
          sectors,
          pitch,
          description,
          keywords,
          skills,
          portfolio,
          location,
          website,
          socialLinks,
          languages,
          yearFounded,
          teamSize,
          export);
    }
  }

  /** Keywords from their typed form, for adapters and tests. */
  public static List<Keyword> keywordsOf(String... values) {
    return Stream.of(values).map(Keyword::new).collect(Collectors.toList());
  }
}
