package lu.creativecluster.application.service.account;

import static lu.creativecluster.application.service.account.AccountFixture.GOOD_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lu.creativecluster.application.port.in.account.SignInCommand;
import lu.creativecluster.application.port.in.account.SignedInPerson;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import org.junit.jupiter.api.Test;

class ConfirmSessionServiceTest {

  private static final String EMAIL = "staff@example.lu";

  private final AccountFixture world = new AccountFixture();
  private final ConfirmSessionService confirm = new ConfirmSessionService(world.accounts);

  private SignedInPerson signedIn() {
    world.active(EMAIL, Role.ADMIN, GOOD_PASSWORD);
    return world.signInService().signIn(new SignInCommand(EMAIL, GOOD_PASSWORD, "192.0.2.1"));
  }

  private void change(java.util.function.Consumer<Account> what) {
    Account account = world.accounts.stored(EMAIL);
    what.accept(account);
    world.accounts.update(account);
  }

  @Test
  void aFreshSession_goesOn() {
    SignedInPerson person = signedIn();

    assertTrue(confirm.isCurrent(person.actor().id(), person.sessionVersion()));
  }

  @Test
  void disablingTheAccount_endsItsSession() {
    SignedInPerson person = signedIn();
    change(Account::disable);

    assertFalse(confirm.isCurrent(person.actor().id(), person.sessionVersion()));
  }

  @Test
  void anotherRole_endsTheSession() {
    SignedInPerson person = signedIn();
    change(a -> a.changeRole(Role.MEMBER));

    assertFalse(confirm.isCurrent(person.actor().id(), person.sessionVersion()));
  }

  @Test
  void anUnknownOrMalformedAccountId_isNoSession() {
    assertFalse(confirm.isCurrent(AccountId.newId().toString(), 1));
    assertFalse(confirm.isCurrent("not-a-uuid", 1));
    assertFalse(confirm.isCurrent(null, 1));
  }
}
