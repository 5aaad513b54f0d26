package lu.creativecluster.application.service.member;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.application.port.in.member.ApplyForMembershipCommand;
import lu.creativecluster.application.port.out.member.SampleMember;
import lu.creativecluster.application.port.out.sector.Sectors;
import lu.creativecluster.application.service.account.InMemoryAccounts;
import lu.creativecluster.application.service.audit.InMemoryAuditLog;
import lu.creativecluster.application.service.audit.MutableClock;
import lu.creativecluster.application.service.mail.InMemoryMailOutbox;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberProfile;
import lu.creativecluster.domain.member.PrivateDetails;
import lu.creativecluster.domain.sector.NaceClass;
import lu.creativecluster.domain.sector.Sector;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import lu.creativecluster.domain.shared.LocalizedText;

/** Test fixture: the fakes of every port the member services need, and the services on them. */
final class MemberFixture {

  static final List<String> SECTORS =
      List.of(
          "architecture", "crafts-manufacturing", "design", "film-audiovisual", "gaming", "music");

  final MutableClock clock = new MutableClock(SampleMember.T0.plusSeconds(86_400));
  final InMemoryMembers members = new InMemoryMembers();
  final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  final InMemoryAccounts accounts = new InMemoryAccounts();
  final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
  final Sectors sectors =
      new Sectors() {
        @Override
        public List<Sector> all() {
          return SECTORS.stream().map(MemberFixture::sector).toList();
        }

        @Override
        public Optional<Sector> byCode(SectorCode code) {
          return all().stream().filter(s -> s.code().equals(code)).findFirst();
        }
      };

  ApplyForMembershipService applyService() {
    return new ApplyForMembershipService(members, accounts, outbox, auditLog, clock);
  }

  ReviewMembershipService reviewService() {
    return new ReviewMembershipService(members, auditLog, clock);
  }

  MergeMembersService mergeService() {
    return new MergeMembersService(members, auditLog, clock);
  }

  UpdateMemberProfileService updateService() {
    return new UpdateMemberProfileService(members, clock);
  }

  ShowMemberProfileService showService() {
    return new ShowMemberProfileService(members);
  }

  SearchMembersService searchService() {
    return new SearchMembersService(members, sectors);
  }

  ExportMemberDataService exportService() {
    return new ExportMemberDataService(members, auditLog, clock);
  }

  EraseMemberService eraseService() {
    return new EraseMemberService(members, auditLog, clock);
  }

  /** Stores the member as built and returns it as stored (version 0). */
  Member store(Member member) {
    members.add(member);
    return members.stored(member.id());
  }

  /** Stores an active member owned by the returned person's account. */
  Owned owned(String name) {
    AccountId account = AccountId.newId();
    Member member =
        SampleMember.named(name)
            .email("owner@" + name.toLowerCase().replace(' ', '-') + ".lu")
            .build();
    member.linkOwner(account);
    members.add(member);
    return new Owned(
        members.stored(member.id()), Actor.person(account.toString(), name, Set.of(Role.MEMBER)));
  }

  record Owned(Member member, Actor owner) {}

  static ApplyForMembershipCommand application(Actor actor, MemberProfile profile, String email) {
    return new ApplyForMembershipCommand(
        actor,
        profile,
        new Email(email),
        Optional.empty(),
        true,
        false,
        new PrivateDetails("Legal Name S.A.", "B12345", "sneaky note"),
        Language.FR,
        "198.51.100.7");
  }

  static Actor staff() {
    return Actor.person(AccountId.newId().toString(), "Staff", Set.of(Role.STAFF));
  }

  static Actor admin() {
    return Actor.person(AccountId.newId().toString(), "Admin", Set.of(Role.ADMIN, Role.STAFF));
  }

  static Actor someMember() {
    return Actor.person(AccountId.newId().toString(), "Member", Set.of(Role.MEMBER));
  }

  static Actor partner(String... scopes) {
    return Actor.partner("partner-app", Set.of(scopes));
  }

  private static Sector sector(String code) {
    return new Sector(
        new SectorCode(code),
        SECTORS.indexOf(code) + 1,
        LocalizedText.of(code, code, code),
        LocalizedText.of("Beschreibung.", "Description.", "Description."),
        List.of(new NaceClass("90.03")));
  }
}
