package lu.creativecluster.application.service.mission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.application.port.out.account.Accounts;
import lu.creativecluster.application.port.out.mail.OutgoingMail;
import lu.creativecluster.application.port.out.member.SampleMember;
import lu.creativecluster.application.port.out.mission.MissionMailTemplates;
import lu.creativecluster.application.port.out.mission.MissionMembers;
import lu.creativecluster.application.service.audit.InMemoryAuditLog;
import lu.creativecluster.application.service.audit.MutableClock;
import lu.creativecluster.application.service.mail.InMemoryMailOutbox;
import lu.creativecluster.application.service.member.InMemoryMembers;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.mission.ApplicationStatus;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/**
 * The mission services wired to in-memory fakes, on 10 January 2027 (members may still apply to the
 * sample missions), with members whose accounts manage them.
 */
final class MissionFixture {

  final MutableClock clock = new MutableClock(Instant.parse("2027-01-10T09:00:00Z"));
  final InMemoryMembers members = new InMemoryMembers();
  final InMemoryMissions missions = new InMemoryMissions();
  final SimpleAccounts accounts = new SimpleAccounts();
  final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
  final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  final RecordingTemplates templates = new RecordingTemplates();

  final Actor staff = Actor.person(AccountId.newId().toString(), "Staff", Set.of(Role.STAFF));

  final ManageMissionsService manage = new ManageMissionsService(missions, auditLog, clock);
  final MissionCatalogueService catalogue =
      new MissionCatalogueService(missions, MissionMembers.readingFrom(members), clock);
  final MissionApplicationService applications =
      new MissionApplicationService(missions, members, accounts, outbox, templates, clock);
  final SelectParticipantsService selection =
      new SelectParticipantsService(
          missions, members, accounts, outbox, templates, auditLog, clock);

  /** An active member managed by its own account; the person acting for it is {@link #actor}. */
  record OwnedMember(Member member, Actor actor, Account account) {}

  OwnedMember ownedMember(String name, String email) {
    Member member = SampleMember.named(name).build();
    Account account =
        Account.invite(AccountId.newId(), new Email(email), name, Role.MEMBER, clock.instant());
    accounts.put(account);
    member.linkOwner(account.id());
    members.add(member);
    return new OwnedMember(
        members.byId(member.id()).orElseThrow(),
        Actor.person(account.id().toString(), name, Set.of(Role.MEMBER)),
        account);
  }

  /** Writes each mail as a line naming its parts, so tests read what was decided. */
  static final class RecordingTemplates implements MissionMailTemplates {
    @Override
    public OutgoingMail applicationOutcome(
        Email to,
        String displayName,
        String missionTitle,
        String destination,
        ApplicationStatus outcome,
        Language language) {
      return new OutgoingMail(
          to,
          outcome.code() + " " + language.code(),
          displayName + " | " + missionTitle + " | " + destination);
    }
  }

  /** Accounts by id only: what the mission services read. */
  static final class SimpleAccounts implements Accounts {
    private final Map<AccountId, Account> byId = new LinkedHashMap<>();

    void put(Account account) {
      byId.put(account.id(), account);
    }

    @Override
    public Optional<Account> byId(AccountId id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Account> byEmail(Email email) {
      return byId.values().stream().filter(a -> a.email().equals(email)).findFirst();
    }

    @Override
    public List<Account> all() {
      return new ArrayList<>(byId.values());
    }

    @Override
    public boolean anyWithRole(Role role) {
      return byId.values().stream().anyMatch(a -> a.role() == role);
    }

    @Override
    public long count() {
      return byId.size();
    }

    @Override
    public void add(Account account) {
      put(account);
    }

    @Override
    public void update(Account account) {
      put(account);
    }
  }
}
