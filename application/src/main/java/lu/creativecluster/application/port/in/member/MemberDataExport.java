package lu.creativecluster.application.port.in.member;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lu.creativecluster.domain.member.ContactDetails;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.Keyword;
import lu.creativecluster.domain.member.LanguageTag;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberProfile;
import lu.creativecluster.domain.member.MembershipEvent;
import lu.creativecluster.domain.member.PrivateDetails;
import lu.creativecluster.domain.member.ProfileText;
import lu.creativecluster.domain.member.WebLink;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * Read model: everything the cluster holds about a member, in plain strings, lists and maps (no
 * domain types), so an adapter can write it out as JSON as it is. Absent values are empty strings.
 */
public record MemberDataExport(
    String exportedAt,
    String id,
    String slug,
    String status,
    String appliedAt,
    String memberSince,
    String ownerAccount,
    String mergedInto,
    long version,
    Profile profile,
    Contact contact,
    Private privateDetails,
    List<Event> history) {

  /** The public profile. Texts are keyed by language code. */
  public record Profile(
      String displayName,
      String kind,
      String primarySector,
      List<String> otherSectors,
      Map<String, String> pitch,
      Map<String, String> description,
      List<String> keywords,
      List<String> skills,
      List<PortfolioItem> portfolio,
      String commune,
      String country,
      String website,
      List<String> socialLinks,
      List<String> languages,
      String yearFounded,
      String teamSize,
      List<String> marketsServed,
      List<String> marketsWanted,
      boolean wantsExportHelp) {}

  public record PortfolioItem(String title, String url, String kind) {}

  /** Contact details and when the member agreed to show each. */
  public record Contact(String email, String phone, String emailConsentAt, String phoneConsentAt) {}

  public record Private(String legalName, String registrationNumber, String internalNotes) {}

  public record Event(String member, String at, String by, String from, String to, String reason) {}

  public MemberDataExport {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(privateDetails, "privateDetails");
    history = List.copyOf(history);
  }

  public static MemberDataExport of(Member member, Instant at) {
    MemberProfile p = member.profile();
    ContactDetails c = member.contact();
    PrivateDetails d = member.privateDetails();
    return new MemberDataExport(
        at.toString(),
        member.id().toString(),
        member.slug().value(),
        member.status().code(),
        member.appliedAt().toString(),
        member.memberSince().map(Instant::toString).orElse(""),
        member.owner().map(Object::toString).orElse(""),
        member.mergedInto().map(Object::toString).orElse(""),
        member.version(),
        new Profile(
            p.displayName(),
            p.kind().code(),
            p.sectors().primary().value(),
            p.sectors().others().stream().map(SectorCode::value).toList(),
            texts(p.pitch()),
            texts(p.description()),
            p.keywords().stream().map(Keyword::value).toList(),
            p.skills(),
            p.portfolio().stream()
                .map(l -> new PortfolioItem(l.title(), l.link().toString(), l.kind().code()))
                .toList(),
            p.location().commune(),
            p.location().country().alpha2(),
            p.website().map(WebLink::toString).orElse(""),
            p.socialLinks().stream().map(WebLink::toString).toList(),
            p.languages().stream().map(LanguageTag::value).toList(),
            p.yearFounded().map(Object::toString).orElse(""),
            p.teamSize().map(t -> t.code()).orElse(""),
            p.export().marketsServed().stream().map(CountryCode::alpha2).toList(),
            p.export().marketsWanted().stream().map(CountryCode::alpha2).toList(),
            p.export().wantsExportHelp()),
        new Contact(
            c.email().map(Object::toString).orElse(""),
            c.phone().map(Object::toString).orElse(""),
            c.emailConsentAt().map(Instant::toString).orElse(""),
            c.phoneConsentAt().map(Instant::toString).orElse("")),
        new Private(d.legalName(), d.registrationNumber(), d.internalNotes()),
        member.history().stream().map(MemberDataExport::event).toList());
  }

  private static Map<String, String> texts(ProfileText text) {
    Map<String, String> byCode = new LinkedHashMap<>();
    text.values().forEach((language, value) -> byCode.put(language.code(), value));
    return java.util.Collections.unmodifiableMap(byCode);
  }

  private static Event event(MembershipEvent e) {
    return new Event(
        e.member().toString(),
        e.at().toString(),
        e.by(),
        e.from().map(s -> s.code()).orElse(""),
        e.to().code(),
        e.reason());
  }
}
