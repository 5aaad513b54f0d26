package lu.creativecluster.application.service.member;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lu.creativecluster.application.port.in.member.ImportMembersCommand;
import lu.creativecluster.application.port.in.member.ImportReport;
import lu.creativecluster.application.port.out.account.Accounts;
import lu.creativecluster.application.port.out.member.SampleMember;
import lu.creativecluster.application.port.out.sector.Sectors;
import lu.creativecluster.application.service.audit.InMemoryAuditLog;
import lu.creativecluster.application.service.audit.MutableClock;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.sector.NaceClass;
import lu.creativecluster.domain.sector.Sector;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.LocalizedText;

/** Test fixture: the fakes the import, export and demo services need, with all 12 sectors. */
final class MemberDataFixture {

  static final List<String> SECTORS =
      List.of(
          "architecture",
          "crafts-manufacturing",
          "visual-arts",
          "film-audiovisual",
          "design",
          "fashion-design",
          "gaming",
          "marketing-communication",
          "literature",
          "digital-media-publishing",
          "performing-arts",
          "music");

  final MutableClock clock = new MutableClock(SampleMember.T0.plusSeconds(86_400));
  final InMemoryMembers members = new InMemoryMembers();
  final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  final List<Account> accounts = new ArrayList<>();

  final Sectors sectors =
      new Sectors() {
        @Override
        public List<Sector> all() {
          return SECTORS.stream().map(MemberDataFixture::sector).toList();
        }

        @Override
        public Optional<Sector> byCode(SectorCode code) {
          return all().stream().filter(s -> s.code().equals(code)).findFirst();
        }
      };

  final Accounts accountStore =
      new Accounts() {
        @Override
        public Optional<Account> byId(AccountId id) {
          return accounts.stream().filter(a -> a.id().equals(id)).findFirst();
        }

        @Override
        public Optional<Account> byEmail(Email email) {
          return accounts.stream().filter(a -> a.email().equals(email)).findFirst();
        }

        @Override
        public List<Account> all() {
          return List.copyOf(accounts);
        }

        @Override
        public boolean anyWithRole(Role role) {
          return accounts.stream().anyMatch(a -> a.role() == role);
        }

        @Override
        public long count() {
          return accounts.size();
        }

        @Override
        public void add(Account account) {
          accounts.add(account);
        }

        @Override
        public void update(Account account) {
          throw new UnsupportedOperationException();
        }
      };

  ImportMembersService importService() {
    return new ImportMembersService(members, sectors, auditLog, clock);
  }

  ExportMembersService exportService() {
    return new ExportMembersService(members, auditLog, clock);
  }

  ProvisionDemoMembersService demoService() {
    return new ProvisionDemoMembersService(members, sectors, accountStore, clock);
  }

  ReviewMembershipService reviewService() {
    return new ReviewMembershipService(members, auditLog, clock);
  }

  ImportReport dryRun(String csv) {
    return importService().importMembers(command(csv, true));
  }

  ImportReport importForReal(String csv) {
    return importService().importMembers(command(csv, false));
  }

  static ImportMembersCommand command(String csv, boolean dryRun) {
    return new ImportMembersCommand(
        MemberFixture.staff(), csv.getBytes(StandardCharsets.UTF_8), dryRun, "192.0.2.1");
  }

  static Actor staff() {
    return MemberFixture.staff();
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
