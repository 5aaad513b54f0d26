package lu.creativecluster.application.port.out.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.AccountStatus;
import lu.creativecluster.domain.account.PasswordHash;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.shared.Email;
import org.junit.jupiter.api.Test;

/**
 * Contract test: what every adapter of the {@link Accounts} port must do, whatever it stores
 * accounts in. Each test starts on an empty store; writes run in a transaction, as the services
 * call them.
 */
public abstract class AbstractAccountsContractTest {

  protected static final Instant CREATED = Instant.parse("2026-03-01T09:15:30.123456Z");
  protected static final PasswordHash HASH = new PasswordHash("pbkdf2-sha256$210000$c2FsdA$aGFzaA");

  /** The adapter under test, on a store whose schema has been migrated. */
  protected abstract Accounts accounts();

  /** Runs the work in a transaction of its own, committed unless the work throws. */
  protected abstract <T> T inTransaction(Supplier<T> work);

  /** Runs the store's schema migration once more, as a redeployment would. */
  protected abstract void migrateSchemaAgain();

  protected void inTransaction(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  @Test
  void add_thenById_returnsEveryFieldAsSaved() {
    Account active =
        Account.reconstitute(
            AccountId.newId(),
            new Email("ada@example.lu"),
            "Ada Lovelace – Rechenmaschinen",
            Role.ADMIN,
            AccountStatus.ACTIVE,
            HASH,
            7,
            Instant.parse("2026-03-02T09:59:58.999999Z"),
            CREATED,
            0);

    inTransaction(() -> accounts().add(active));

    assertSameState(active, accounts().byId(active.id()).orElseThrow());
  }

  @Test
  void add_ofAnInvitedAccount_keepsItsOptionalFieldsEmpty() {
    Account invited = invited("grace@example.lu", Role.MEMBER);

    inTransaction(() -> accounts().add(invited));

    Account stored = accounts().byId(invited.id()).orElseThrow();
    assertSameState(invited, stored);
    assertTrue(stored.passwordHash().isEmpty());
    assertEquals(0, stored.sessionVersion());
    assertTrue(stored.lastSignInAt().isEmpty());
    assertEquals(0, stored.version());
  }

  @Test
  void byEmail_findsTheAccountHoweverTheAddressIsTyped() {
    Account account = invited("Ada.Lovelace@Example.LU", Role.STAFF);
    inTransaction(() -> accounts().add(account));

    for (String typed : List.of("ada.lovelace@example.lu", "  ADA.LOVELACE@EXAMPLE.LU ")) {
      Account found =
          accounts().byEmail(new Email(typed)).orElseThrow(() -> new AssertionError(typed));
      assertEquals(account.id(), found.id());
      assertEquals("ada.lovelace@example.lu", found.email().value());
    }
  }

  @Test
  void byEmailAndById_givenUnknownAccount_returnEmpty() {
    inTransaction(() -> accounts().add(invited("known@example.lu", Role.MEMBER)));

    assertTrue(accounts().byEmail(new Email("unknown@example.lu")).isEmpty());
    assertTrue(accounts().byId(AccountId.newId()).isEmpty());
  }

  @Test
  void all_isOrderedByEmail_andCountCountsThem() {
    assertEquals(0, accounts().count());
    assertEquals(List.of(), accounts().all());
    inTransaction(
        () -> {
          accounts().add(invited("carla@example.lu", Role.MEMBER));
          accounts().add(invited("anna@example.lu", Role.STAFF));
          accounts().add(invited("bert@example.lu", Role.ADMIN));
        });

    assertEquals(
        List.of("anna@example.lu", "bert@example.lu", "carla@example.lu"),
        accounts().all().stream().map(a -> a.email().value()).toList());
    assertEquals(3, accounts().count());
  }

  @Test
  void anyWithRole_isTrueOnlyForARoleAnAccountHolds() {
    assertFalse(accounts().anyWithRole(Role.ADMIN));
    inTransaction(
        () -> {
          accounts().add(invited("member@example.lu", Role.MEMBER));
          accounts().add(invited("admin@example.lu", Role.ADMIN));
        });

    assertTrue(accounts().anyWithRole(Role.MEMBER));
    assertTrue(accounts().anyWithRole(Role.ADMIN));
    // The stored role counts, not the roles it grants: an admin is no staff account.
    assertFalse(accounts().anyWithRole(Role.STAFF));
  }

  @Test
  void add_givenTakenEmail_isRefused_andKeepsTheFirstAccount() {
    Account first = invited("taken@example.lu", Role.MEMBER);
    inTransaction(() -> accounts().add(first));
    Account second = invited("TAKEN@example.lu", Role.ADMIN);

    assertThrows(
        DuplicateAccountException.class, () -> inTransaction(() -> accounts().add(second)));

    assertEquals(1, accounts().count());
    assertEquals(first.id(), accounts().byEmail(first.email()).orElseThrow().id());
    assertTrue(accounts().byId(second.id()).isEmpty());
  }

  @Test
  void update_savesTheChangedState_andCountsTheVersionUp() {
    Account invited = invited("linus@example.lu", Role.MEMBER);
    inTransaction(() -> accounts().add(invited));
    Instant signedIn = Instant.parse("2026-03-05T08:00:00.654321Z");

    inTransaction(
        () -> {
          Account account = accounts().byId(invited.id()).orElseThrow();
          account.setPassword(HASH);
          account.signedIn(signedIn);
          accounts().update(account);
        });

    Account stored = accounts().byId(invited.id()).orElseThrow();
    assertEquals(AccountStatus.ACTIVE, stored.status());
    assertEquals(HASH, stored.passwordHash().orElseThrow());
    assertEquals(signedIn, stored.lastSignInAt().orElseThrow());
    assertEquals(1, stored.version());
  }

  @Test
  void update_keepsTheRaisedSessionVersion_soOtherSessionsEnd() {
    Account account = active("sessions@example.lu");
    inTransaction(() -> accounts().add(account));
    long before = accounts().byId(account.id()).orElseThrow().sessionVersion();

    inTransaction(
        () -> {
          Account read = accounts().byId(account.id()).orElseThrow();
          read.setPassword(HASH);
          accounts().update(read);
        });
    inTransaction(
        () -> {
          Account read = accounts().byId(account.id()).orElseThrow();
          read.changeRole(Role.STAFF);
          accounts().update(read);
        });

    Account stored = accounts().byId(account.id()).orElseThrow();
    assertEquals(before + 2, stored.sessionVersion());
    assertEquals(Role.STAFF, stored.role());
    assertFalse(stored.acceptsSessionOf(before));
    assertTrue(stored.acceptsSessionOf(before + 2));
  }

  @Test
  void update_givenAStaleCopy_isRefused_andChangesNothing() {
    Account original = active("stale@example.lu");
    inTransaction(() -> accounts().add(original));
    Account first = accounts().byId(original.id()).orElseThrow();
    Account stale = accounts().byId(original.id()).orElseThrow();
    first.signedIn(CREATED.plusSeconds(1));
    inTransaction(() -> accounts().update(first));

    stale.disable();
    assertThrows(
        ConcurrentUpdateException.class, () -> inTransaction(() -> accounts().update(stale)));

    Account stored = accounts().byId(original.id()).orElseThrow();
    assertEquals(AccountStatus.ACTIVE, stored.status());
    assertEquals(Optional.of(CREATED.plusSeconds(1)), stored.lastSignInAt());
    assertEquals(1, stored.version());
  }

  @Test
  void update_whenAConcurrentTransactionCommitsFirst_isRefused_andChangesNothing() {
    Account original = active("race@example.lu");
    inTransaction(() -> accounts().add(original));

    assertThrows(
        ConcurrentUpdateException.class,
        () ->
            inTransaction(
                () -> {
                  Account mine = accounts().byId(original.id()).orElseThrow();
                  // Another request changes the account and commits while this one still runs.
                  inTransaction(
                      () -> {
                        Account theirs = accounts().byId(original.id()).orElseThrow();
                        theirs.disable();
                        accounts().update(theirs);
                      });
                  mine.signedIn(CREATED.plusSeconds(5));
                  accounts().update(mine);
                }));

    Account stored = accounts().byId(original.id()).orElseThrow();
    assertEquals(AccountStatus.DISABLED, stored.status());
    assertTrue(stored.lastSignInAt().isEmpty());
    assertEquals(1, stored.version());
  }

  @Test
  void update_givenAnAccountNeverAdded_isRefused() {
    Account neverAdded = active("ghost@example.lu");

    assertThrows(
        ConcurrentUpdateException.class, () -> inTransaction(() -> accounts().update(neverAdded)));

    assertTrue(accounts().byId(neverAdded.id()).isEmpty());
  }

  @Test
  void migratingTheSchemaAgain_keepsTheAccounts() {
    Account account = active("kept@example.lu");
    inTransaction(() -> accounts().add(account));

    migrateSchemaAgain();

    assertSameState(account, accounts().byId(account.id()).orElseThrow());
  }

  protected static Account invited(String email, Role role) {
    return Account.invite(AccountId.newId(), new Email(email), "Invited Person", role, CREATED);
  }

  protected static Account active(String email) {
    return Account.reconstitute(
        AccountId.newId(),
        new Email(email),
        "Active Person",
        Role.MEMBER,
        AccountStatus.ACTIVE,
        HASH,
        0,
        null,
        CREATED,
        0);
  }

  protected static void assertSameState(Account expected, Account actual) {
    assertEquals(expected.id(), actual.id(), "id");
    assertEquals(expected.email(), actual.email(), "email");
    assertEquals(expected.displayName(), actual.displayName(), "displayName");
    assertEquals(expected.role(), actual.role(), "role");
    assertEquals(expected.status(), actual.status(), "status");
    assertEquals(expected.passwordHash(), actual.passwordHash(), "passwordHash");
    assertEquals(expected.sessionVersion(), actual.sessionVersion(), "sessionVersion");
    assertEquals(expected.lastSignInAt(), actual.lastSignInAt(), "lastSignInAt");
    assertEquals(expected.createdAt(), actual.createdAt(), "createdAt");
    assertEquals(expected.version(), actual.version(), "version");
  }
}
