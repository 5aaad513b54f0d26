package lu.creativecluster.adapter.webui.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.AccountStatus;
import lu.creativecluster.domain.account.PasswordHash;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

class AccountRowTest {

  private static final Instant CREATED = Instant.parse("2026-01-10T08:00:00Z");

  @Test
  void anInvitedAccount_hasNeverSignedIn() {
    Account account =
        Account.invite(
            AccountId.newId(), new Email("bo@example.lu"), "Bo Weber", Role.MEMBER, CREATED);

    AccountRow row = AccountRow.from(account, Language.EN);

    assertEquals(
        new AccountRow("bo@example.lu", "Bo Weber", "role.member", "accountStatus.invited", "", ""),
        row);
  }

  @Test
  void anActiveAccount_showsItsLastSignInInLuxembourgTime() {
    Instant lastSignIn = Instant.parse("2026-07-01T22:15:00Z");
    Account account =
        Account.reconstitute(
            AccountId.newId(),
            new Email("cy@example.lu"),
            "Cy Muller",
            Role.STAFF,
            AccountStatus.ACTIVE,
            somePasswordHash(),
            0,
            lastSignIn,
            CREATED,
            3);

    AccountRow row = AccountRow.from(account, Language.DE);

    assertEquals("role.staff", row.roleKey());
    assertEquals("accountStatus.active", row.statusKey());
    assertEquals("2026-07-02T00:15:00+02:00", row.lastSignInDatetime());
    assertEquals("02.07.2026, 00:15:00", row.lastSignIn());
  }

  private static PasswordHash somePasswordHash() {
    return new PasswordHash("pbkdf2-sha256$210000$c2FsdA$aGFzaA");
  }
}
