package lu.creativecluster.adapter.persistence.member;

import static lu.creativecluster.adapter.persistence.store.StoredInstants.stored;

import java.net.URI;
import java.time.Year;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.member.ContactDetails;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.DuplicateDetector;
import lu.creativecluster.domain.member.ExportProfile;
import lu.creativecluster.domain.member.Keyword;
import lu.creativecluster.domain.member.LanguageTag;
import lu.creativecluster.domain.member.Location;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.MemberKind;
import lu.creativecluster.domain.member.MemberProfile;
import lu.creativecluster.domain.member.MemberSectors;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.member.MembershipEvent;
import lu.creativecluster.domain.member.PhoneNumber;
import lu.creativecluster.domain.member.PortfolioKind;
import lu.creativecluster.domain.member.PortfolioLink;
import lu.creativecluster.domain.member.PrivateDetails;
import lu.creativecluster.domain.member.ProfileText;
import lu.creativecluster.domain.member.Slug;
import lu.creativecluster.domain.member.TeamSizeBand;
import lu.creativecluster.domain.member.TextNormalizer;
import lu.creativecluster.domain.member.WebLink;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/**
 * Persistence adapter: turns members into rows of {@code member} and its child tables, and back.
 */
final class MemberMapper {

  private MemberMapper() {}

  static MemberJpaEntity toNewEntity(Member member) {
    MemberJpaEntity entity = new MemberJpaEntity(member.id().value(), stored(member.appliedAt()));
    copy(member, entity);
    return entity;
  }

  /** Writes the member's changeable state over the entity; id and application time stay. */
  static void copy(Member member, MemberJpaEntity e) {
    MemberProfile p = member.profile();
    e.slug = member.slug().value();
    e.displayName = p.displayName();
    e.nameKey = TextNormalizer.fold(p.displayName());
    e.nameNormalised = DuplicateDetector.normalisedName(p.displayName());
    e.kind = p.kind().code();
    e.commune = p.location().commune();
    e.country = p.location().country().alpha2();
    e.website = p.website().map(WebLink::toString).orElse(null);
    e.websiteHost = p.website().map(WebLink::host).orElse(null);
    e.yearFounded = p.yearFounded().map(Year::getValue).orElse(null);
    e.teamSize = p.teamSize().map(TeamSizeBand::code).orElse(null);
    e.wantsExportHelp = p.export().wantsExportHelp();
    ContactDetails c = member.contact();
    e.email = c.email().map(Email::value).orElse(null);
    e.phone = c.phone().map(PhoneNumber::value).orElse(null);
    e.emailConsentAt = stored(c.emailConsentAt().orElse(null));
    e.phoneConsentAt = stored(c.phoneConsentAt().orElse(null));
    e.legalName = member.privateDetails().legalName();
    e.registrationNumber = member.privateDetails().registrationNumber();
    e.internalNotes = member.privateDetails().internalNotes();
    e.status = member.status().code();
    e.ownerAccountId = member.owner().map(AccountId::value).orElse(null);
    e.mergedInto = member.mergedInto().map(MemberId::value).orElse(null);
    e.memberSince = stored(member.memberSince().orElse(null));
    replace(e.pitch, texts(p.pitch()));
    replace(e.description, texts(p.description()));
    replace(e.sectors, p.sectors().all().stream().map(SectorCode::value).toList());
    replace(e.keywords, p.keywords().stream().map(Keyword::value).toList());
    replace(e.skills, p.skills());
    replace(
        e.portfolio,
        p.portfolio().stream()
            .map(l -> new PortfolioLinkEmbeddable(l.title(), l.link().toString(), l.kind().code()))
            .toList());
    replace(e.socialLinks, p.socialLinks().stream().map(WebLink::toString).toList());
    replace(e.languages, p.languages().stream().map(LanguageTag::value).toList());
    replace(e.marketsServed, codes(p.export().marketsServed()));
    replace(e.marketsWanted, codes(p.export().marketsWanted()));
    replace(
        e.distinctFrom,
        member.distinctFrom().stream().map(MemberId::value).collect(Collectors.toSet()));
    replace(e.history, member.history().stream().map(MemberMapper::event).toList());
  }

  static Member toDomain(MemberJpaEntity e) {
    return Member.reconstitute(
        new MemberId(e.id),
        new Slug(e.slug),
        profile(e),
        new ContactDetails(
            Optional.ofNullable(e.email).map(Email::new),
            Optional.ofNullable(e.phone).map(PhoneNumber::new),
            Optional.ofNullable(e.emailConsentAt),
            Optional.ofNullable(e.phoneConsentAt)),
        new PrivateDetails(e.legalName, e.registrationNumber, e.internalNotes),
        status(e.status, e.id),
        e.history.stream().map(h -> event(h, e.id)).toList(),
        Optional.ofNullable(e.ownerAccountId).map(AccountId::new),
        Optional.ofNullable(e.mergedInto).map(MemberId::new),
        e.distinctFrom.stream().map(MemberId::new).collect(Collectors.toSet()),
        e.appliedAt,
        Optional.ofNullable(e.memberSince),
        e.version);
  }

  private static MemberProfile profile(MemberJpaEntity e) {
    return MemberProfile.builder(
            e.displayName,
            kind(e.kind, e.id),
            sectors(e.sectors),
            profileText(e.pitch),
            profileText(e.description),
            new Location(e.commune, CountryCode.of(e.country)))
        .keywords(e.keywords.stream().map(Keyword::new).toList())
        .skills(List.copyOf(e.skills))
        .portfolio(e.portfolio.stream().map(l -> portfolioLink(l, e.id)).toList())
        .website(Optional.ofNullable(e.website).map(u -> new WebLink(URI.create(u))))
        .socialLinks(e.socialLinks.stream().map(u -> new WebLink(URI.create(u))).toList())
        .languages(e.languages.stream().map(LanguageTag::new).toList())
        .yearFounded(Optional.ofNullable(e.yearFounded).map(Year::of))
        .teamSize(Optional.ofNullable(e.teamSize).map(code -> teamSize(code, e.id)))
        .export(
            new ExportProfile(
                countries(e.marketsServed), countries(e.marketsWanted), e.wantsExportHelp))
        .build();
  }

  static MemberSectors sectors(List<String> codes) {
    return new MemberSectors(
        new SectorCode(codes.get(0)),
        codes.subList(1, codes.size()).stream().map(SectorCode::new).toList());
  }

  static ProfileText profileText(Map<String, String> texts) {
    EnumMap<Language, String> values = new EnumMap<>(Language.class);
    texts.forEach(
        (code, text) ->
            values.put(
                Language.fromTag(code)
                    .orElseThrow(() -> new IllegalStateException("unknown language " + code)),
                text));
    return new ProfileText(values);
  }

  static MemberKind kind(String code, UUID id) {
    return MemberKind.fromCode(code).orElseThrow(() -> unknown("kind", code, id));
  }

  static MemberStatus status(String code, UUID id) {
    return MemberStatus.fromCode(code).orElseThrow(() -> unknown("status", code, id));
  }

  private static TeamSizeBand teamSize(String code, UUID id) {
    return TeamSizeBand.fromCode(code).orElseThrow(() -> unknown("team size", code, id));
  }

  private static PortfolioLink portfolioLink(PortfolioLinkEmbeddable l, UUID id) {
    return new PortfolioLink(
        l.title(),
        new WebLink(URI.create(l.url())),
        PortfolioKind.fromCode(l.kind())
            .orElseThrow(() -> unknown("portfolio kind", l.kind(), id)));
  }

  private static MembershipEventEmbeddable event(MembershipEvent event) {
    return new MembershipEventEmbeddable(
        event.member().value(),
        stored(event.at()),
        event.by(),
        event.from().map(MemberStatus::code).orElse(null),
        event.to().code(),
        event.reason());
  }

  private static MembershipEvent event(MembershipEventEmbeddable h, UUID id) {
    return new MembershipEvent(
        new MemberId(h.subjectId()),
        h.occurredAt(),
        h.actor(),
        Optional.ofNullable(h.fromStatus()).map(code -> status(code, id)),
        status(h.toStatus(), id),
        h.reason());
  }

  private static Map<String, String> texts(ProfileText text) {
    return text.values().entrySet().stream()
        .collect(Collectors.toMap(entry -> entry.getKey().code(), Map.Entry::getValue));
  }

  private static Set<String> codes(Set<CountryCode> countries) {
    return countries.stream().map(CountryCode::alpha2).collect(Collectors.toSet());
  }

  private static Set<CountryCode> countries(Collection<String> codes) {
    return codes.stream().map(CountryCode::of).collect(Collectors.toSet());
  }

  /** Replaces a collection's content only when it changed, so Hibernate writes no needless rows. */
  private static <T> void replace(List<T> current, List<T> wanted) {
    if (!current.equals(wanted)) {
      current.clear();
      current.addAll(wanted);
    }
  }

  private static <T> void replace(Set<T> current, Set<T> wanted) {
    if (!current.equals(wanted)) {
      current.clear();
      current.addAll(wanted);
    }
  }

  private static void replace(Map<String, String> current, Map<String, String> wanted) {
    if (!current.equals(wanted)) {
      current.clear();
      current.putAll(wanted);
    }
  }

  private static IllegalStateException unknown(String what, String code, UUID id) {
    return new IllegalStateException("member " + id + " has an unknown " + what + ": " + code);
  }
}
