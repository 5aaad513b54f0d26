package lu.creativecluster.application.service.account;

import static lu.creativecluster.application.service.account.AccountFixture.GOOD_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import lu.creativecluster.application.port.in.account.AccountAlreadyExistsException;
import lu.creativecluster.application.port.in.account.SignInCommand;
import lu.creativecluster.application.port.in.account.WeakPasswordException;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountStatus;
import lu.creativecluster.domain.account.PasswordHash;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;

class ProvisionAccountsServiceTest {

  private static final String DEMO_PASSWORD = "cluster-demo-2026";

  private final AccountFixture world = new AccountFixture();
  private final ProvisionAccountsService service = world.provisionService();

  @Test
  void demoAccounts_oneAdminOneStaffTwoMembers_allActiveWithTheDemoPassword() {
    service.provisionDemoAccounts(DEMO_PASSWORD);

    List<Account> all = world.accounts.all();
    assertEquals(
        List.of(
            "admin@demo.creativecluster.lu",
            "member.design@demo.creativecluster.lu",
            "member.music@demo.creativecluster.lu",
            "staff@demo.creativecluster.lu"),
        all.stream().map(a -> a.email().value()).toList());
    assertEquals(
        List.of(Role.ADMIN, Role.MEMBER, Role.MEMBER, Role.STAFF),
        all.stream().map(Account::role).toList());
    assertEquals(
        List.of("Demo Admin", "Demo Design Studio", "Demo Music Label", "Demo Staff"),
        all.stream().map(Account::displayName).toList());
    assertTrue(all.stream().allMatch(a -> a.status() == AccountStatus.ACTIVE));
    world
        .signInService()
        .signIn(new SignInCommand("staff@demo.creativecluster.lu", DEMO_PASSWORD, "127.0.0.1"));
  }

  @Test
  void demoAccounts_areAuditedAsCreatedByTheSystem() {
    service.provisionDemoAccounts(DEMO_PASSWORD);

    List<AuditEvent> created =
        world.auditLog.withAction(AuditAction.ACCOUNT_CREATED_FROM_CONFIGURATION);
    assertEquals(4, created.size());
    assertTrue(created.stream().allMatch(e -> e.actor().equals("system")));
    assertEquals("admin@demo.creativecluster.lu", created.get(0).target());
  }

  @Test
  void demoAccounts_withAHashMadeEarlier_storeIt_withoutHashingAgain_andSignInWithThePassword() {
    PasswordHash madeEarlier = new FakePasswordHasher().hash(DEMO_PASSWORD);
    int hashesBefore = world.hasher.hashes();

    service.provisionDemoAccounts(DEMO_PASSWORD, madeEarlier);

    assertEquals(hashesBefore, world.hasher.hashes());
    List<Account> all = world.accounts.all();
    assertEquals(4, all.size());
    assertTrue(all.stream().allMatch(a -> a.passwordHash().equals(Optional.of(madeEarlier))));
    world
        .signInService()
        .signIn(new SignInCommand("admin@demo.creativecluster.lu", DEMO_PASSWORD, "127.0.0.1"));
  }

  @Test
  void demoAccounts_withAHashMadeEarlier_stillRefuseAWeakPassword() {
    PasswordHash madeEarlier = new FakePasswordHasher().hash("demo");

    assertThrows(
        WeakPasswordException.class, () -> service.provisionDemoAccounts("demo", madeEarlier));
    assertEquals(0, world.accounts.count());
  }

  @Test
  void demoAccounts_areNotCreatedOnceAnyAccountExists() {
    world.active("someone@example.lu", Role.MEMBER, GOOD_PASSWORD);

    service.provisionDemoAccounts(DEMO_PASSWORD);

    assertEquals(1, world.accounts.count());
    assertTrue(world.auditLog.events().isEmpty());
  }

  @Test
  void demoAccounts_aSecondStartChangesNothing() {
    service.provisionDemoAccounts(DEMO_PASSWORD);
    service.provisionDemoAccounts("another demo password");

    assertEquals(4, world.accounts.count());
    assertEquals(4, world.auditLog.events().size());
  }

  @Test
  void demoAccounts_aWeakDemoPasswordIsRefused() {
    assertThrows(WeakPasswordException.class, () -> service.provisionDemoAccounts("demo"));
    assertThrows(
        WeakPasswordException.class,
        () -> service.provisionDemoAccounts(FakeCommonPasswords.COMMON));
    assertEquals(0, world.accounts.count());
  }

  @Test
  void initialAdmin_isCreatedWhenNoAdminExists() {
    world.active("staff@example.lu", Role.STAFF, GOOD_PASSWORD);

    boolean created =
        service.provisionInitialAdmin(" Ops@Example.lu", GOOD_PASSWORD, Optional.of("Ops Team"));

    assertTrue(created);
    Account admin = world.accounts.stored("ops@example.lu");
    assertEquals(Role.ADMIN, admin.role());
    assertEquals(AccountStatus.ACTIVE, admin.status());
    assertEquals("Ops Team", admin.displayName());
    assertTrue(world.hasher.matches(GOOD_PASSWORD, admin.passwordHash().orElseThrow()));
    AuditEvent event = world.auditLog.last();
    assertEquals(AuditAction.ACCOUNT_CREATED_FROM_CONFIGURATION, event.action());
    assertEquals("system", event.actor());
    assertEquals("ops@example.lu", event.target());
  }

  @Test
  void initialAdmin_withoutAName_getsADefaultName() {
    service.provisionInitialAdmin("ops@example.lu", GOOD_PASSWORD, Optional.empty());

    assertFalse(world.accounts.stored("ops@example.lu").displayName().isBlank());
  }

  @Test
  void initialAdmin_isNotCreatedWhenAnAdminExists() {
    world.active("first@example.lu", Role.ADMIN, GOOD_PASSWORD);

    boolean created =
        service.provisionInitialAdmin("ops@example.lu", GOOD_PASSWORD, Optional.empty());

    assertFalse(created);
    assertEquals(1, world.accounts.count());
  }

  @Test
  void initialAdmin_aWeakPasswordIsRefused() {
    assertThrows(
        WeakPasswordException.class,
        () -> service.provisionInitialAdmin("ops@example.lu", "admin", Optional.empty()));
    assertEquals(0, world.accounts.count());
  }

  @Test
  void initialAdmin_anAddressTakenByAnotherAccountIsRefused() {
    world.active("ops@example.lu", Role.STAFF, GOOD_PASSWORD);

    assertThrows(
        AccountAlreadyExistsException.class,
        () -> service.provisionInitialAdmin("ops@example.lu", GOOD_PASSWORD, Optional.empty()));
  }
}
