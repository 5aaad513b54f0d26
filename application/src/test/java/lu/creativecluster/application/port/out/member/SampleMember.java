package lu.creativecluster.application.port.out.member;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.member.ContactDetails;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.ExportProfile;
import lu.creativecluster.domain.member.Keyword;
import lu.creativecluster.domain.member.LanguageTag;
import lu.creativecluster.domain.member.Location;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.MemberKind;
import lu.creativecluster.domain.member.MemberProfile;
import lu.creativecluster.domain.member.MemberSectors;
import lu.creativecluster.domain.member.PhoneNumber;
import lu.creativecluster.domain.member.PortfolioKind;
import lu.creativecluster.domain.member.PortfolioLink;
import lu.creativecluster.domain.member.PrivateDetails;
import lu.creativecluster.domain.member.ProfileText;
import lu.creativecluster.domain.member.Slug;
import lu.creativecluster.domain.member.TeamSizeBand;
import lu.creativecluster.domain.member.WebLink;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/**
 * Test data builder: a member with plausible defaults, any field overridable. Shared by the service
 * tests and every adapter's contract test, so all of them speak about members alike.
 */
public final class SampleMember {

  public static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");
  public static final Actor STAFF =
      Actor.person(AccountId.newId().toString(), "Staff", Set.of(Role.STAFF));

  private String name;
  private MemberKind kind = MemberKind.COMPANY;
  private MemberSectors sectors = MemberSectors.of("design");
  private ProfileText pitch = ProfileText.in(Language.EN, "A creative studio.");
  private ProfileText description = ProfileText.in(Language.EN, "We make things.");
  private List<Keyword> keywords = List.of();
  private List<String> skills = List.of();
  private Location location = Location.of("Luxembourg", "LU");
  private Set<CountryCode> markets = Set.of();
  private Set<CountryCode> wants = Set.of();
  private List<LanguageTag> languages = List.of();
  private Optional<WebLink> website = Optional.empty();
  private Optional<Email> email = Optional.empty();
  private Instant appliedAt = T0;
  private boolean active = true;

  private SampleMember(String name) {
    this.name = name;
  }

  public static SampleMember named(String name) {
    return new SampleMember(name);
  }

  public SampleMember kind(MemberKind value) {
    kind = value;
    return this;
  }

  public SampleMember sectors(String primary, String... others) {
    sectors = MemberSectors.of(primary, others);
    return this;
  }

  public SampleMember pitch(Language language, String text) {
    pitch = ProfileText.in(language, text);
    return this;
  }

  public SampleMember description(Map<Language, String> texts) {
    description = new ProfileText(texts);
    return this;
  }

  public SampleMember keywords(String... values) {
    keywords = Arrays.stream(values).map(Keyword::of).toList();
    return this;
  }

  public SampleMember skills(String... values) {
    skills = List.of(values);
    return this;
  }

  public SampleMember in(String commune, String country) {
    location = Location.of(commune, country);
    return this;
  }

  public SampleMember markets(String... countries) {
    markets = countries(countries);
    return this;
  }

  public SampleMember wants(String... countries) {
    wants = countries(countries);
    return this;
  }

  public SampleMember languages(String... tags) {
    languages = Arrays.stream(tags).map(LanguageTag::of).toList();
    return this;
  }

  public SampleMember website(String url) {
    website = Optional.of(WebLink.parse(url));
    return this;
  }

  public SampleMember email(String address) {
    email = Optional.of(new Email(address));
    return this;
  }

  /** When it applied; it is approved a minute later unless {@link #applied()}. */
  public SampleMember appliedAt(Instant at) {
    appliedAt = at;
    return this;
  }

  /** Leaves the member waiting for staff instead of approving it. */
  public SampleMember applied() {
    active = false;
    return this;
  }

  public MemberProfile profile() {
    return MemberProfile.builder(name, kind, sectors, pitch, description, location)
        .keywords(keywords)
        .skills(skills)
        .website(website)
        .languages(languages)
        .export(new ExportProfile(markets, wants, !wants.isEmpty()))
        .build();
  }

  /** A fresh member (version 0), applied and, unless told otherwise, approved. */
  public Member build() {
    Member member =
        Member.apply(
            MemberId.newId(),
            Slug.derivedFrom(name),
            profile(),
            ContactDetails.privately(email, Optional.empty()),
            new PrivateDetails(name + " S.à r.l.", "B" + Math.abs(name.hashCode() % 1000000), ""),
            Actor.visitor(),
            Clock.fixed(appliedAt, ZoneOffset.UTC));
    if (active) {
      member.approve(STAFF, appliedAt.plusSeconds(60));
    }
    return member;
  }

  /** A member with every optional field filled, to check that storage keeps each one. */
  public static Member everyFieldFilled() {
    SampleMember sample =
        named("Ærø & Søn – Kunsthandwerk “Éclat”")
            .kind(MemberKind.ASSOCIATION)
            .sectors("crafts-manufacturing", "design", "visual-arts")
            .keywords("keramik", "céramique d'art")
            .skills("Glazing workshops", "Restoration")
            .in("Esch-sur-Alzette", "LU")
            .markets("DE", "FR", "BE")
            .wants("JP", "CA")
            .languages("lb", "de-LU", "fr")
            .website("https://www.aeroe-son.lu/atelier?x=1&y=2")
            .email("Hello@AEROE-son.lu")
            .description(
                Map.of(
                    Language.DE, "Wir töpfern.\nSeit 1890.",
                    Language.FR, "Nous façonnons la céramique.",
                    Language.EN, "We make ceramics."));
    MemberProfile profile =
        sample.profile().toBuilder()
            .portfolio(
                List.of(
                    new PortfolioLink(
                        "Vase « Mosel »",
                        WebLink.parse("https://img.example/1.jpg"),
                        PortfolioKind.IMAGE),
                    new PortfolioLink(
                        "Reel", WebLink.parse("https://video.example/2"), PortfolioKind.VIDEO)))
            .socialLinks(
                List.of(
                    WebLink.parse("https://instagram.com/aeroe"),
                    WebLink.parse("https://linkedin.com/company/aeroe")))
            .yearFounded(Optional.of(Year.of(1890)))
            .teamSize(Optional.of(TeamSizeBand.MICRO))
            .build();
    Member member =
        Member.apply(
            MemberId.newId(),
            Slug.derivedFrom(profile.displayName()),
            profile,
            ContactDetails.privately(
                Optional.of(new Email("hello@aeroe-son.lu")),
                Optional.of(new PhoneNumber("+352 26 12 34 56"))),
            new PrivateDetails("Ærø & Søn a.s.b.l.", "F1234", "Met at the fair.\nCall back."),
            Actor.visitor(),
            Clock.fixed(T0, ZoneOffset.UTC));
    member.updateContact(
        member.contact().email(), member.contact().phone(), true, false, T0.plusSeconds(5));
    member.approve(STAFF, T0.plusSeconds(60));
    member.suspend(STAFF, T0.plusSeconds(120), "Unpaid fee — reminder sent");
    member.reinstate(STAFF, T0.plusSeconds(180), "");
    member.linkOwner(AccountId.newId());
    member.markDistinctFrom(MemberId.newId());
    member.markDistinctFrom(MemberId.newId());
    return member;
  }

  private static Set<CountryCode> countries(String... codes) {
    return Arrays.stream(codes).map(CountryCode::of).collect(Collectors.toSet());
  }
}
