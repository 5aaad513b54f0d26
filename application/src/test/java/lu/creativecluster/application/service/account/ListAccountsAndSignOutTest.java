package lu.creativecluster.application.service.account;

import static lu.creativecluster.application.service.account.AccountFixture.GOOD_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Stream;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ListAccountsAndSignOutTest {

  private final AccountFixture world = new AccountFixture();
  private final ListAccountsService list = new ListAccountsService(world.accounts);
  private final RecordSignOutService signOut =
      new RecordSignOutService(world.auditLog, world.clock);

  @Test
  void staffAndAdmins_seeEveryAccountOrderedByAddress() {
    world.active("zoe@example.lu", Role.MEMBER, GOOD_PASSWORD);
    world.active("adam@example.lu", Role.STAFF, GOOD_PASSWORD);

    for (Actor actor : new Actor[] {AccountFixture.staff(), AccountFixture.admin()}) {
      assertEquals(
          Stream.of("adam@example.lu", "zoe@example.lu").toList(),
          list.listAccounts(actor).stream().map(Account::email).map(e -> e.value()).toList());
    }
  }

  static Stream<Arguments> outsiders() {
    return Stream.of(
        Arguments.of(Actor.visitor()),
        Arguments.of(AccountFixture.member()),
        Arguments.of(Actor.partner("ministry", Set.of("members:read", "audit:read"))));
  }

  @ParameterizedTest
  @MethodSource("outsiders")
  void visitorsMembersAndPartners_mayNotListAccounts(Actor outsider) {
    assertThrows(AccessDeniedException.class, () -> list.listAccounts(outsider));
  }

  @Test
  void aSignOut_isAuditedWithThePersonAndTheAddress() {
    Actor member = AccountFixture.member();

    signOut.signedOut(member, "198.51.100.4");

    AuditEvent event = world.auditLog.last();
    assertEquals(AuditAction.SIGNED_OUT, event.action());
    assertEquals("person:" + member.id(), event.actor());
    assertEquals("198.51.100.4", event.sourceAddress());
    assertEquals(AccountFixture.START, event.at());
  }

  @Test
  void aVisitorSigningOut_leavesNoTrace() {
    signOut.signedOut(Actor.visitor(), "198.51.100.4");

    assertTrue(world.auditLog.events().isEmpty());
  }
}
