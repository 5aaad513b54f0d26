package lu.creativecluster.adapter.webui.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Role;
import org.junit.jupiter.api.Test;

class ClusterServerAuthModuleTest {

  private final List<Callback> handled = new ArrayList<>();
  private final Subject subject = new Subject();
  private final ClusterServerAuthModule.Callbacks login =
      new ClusterServerAuthModule.Callbacks(
          callbacks -> handled.addAll(Arrays.asList(callbacks)), subject);

  @Test
  void aSignedInPerson_isTheCaller_inTheirGroups() {
    Actor admin = Actor.person("a1", "Ana", Set.of(Role.ADMIN));

    assertEquals(AuthenticationStatus.SUCCESS, login.caller(admin));

    assertEquals(2, handled.size());
    CallerPrincipalCallback caller =
        assertInstanceOf(CallerPrincipalCallback.class, handled.get(0));
    assertSame(admin, caller.getPrincipal());
    assertSame(subject, caller.getSubject());
    GroupPrincipalCallback groups = assertInstanceOf(GroupPrincipalCallback.class, handled.get(1));
    assertEquals(Set.of("admin", "staff"), Set.of(groups.getGroups()));
  }

  @Test
  void aPartnerWithoutScopes_isTheCaller_withNoGroupCallback() {
    Actor partner = Actor.partner("ministry", Set.of());

    assertEquals(AuthenticationStatus.SUCCESS, login.caller(partner));

    assertEquals(1, handled.size());
    assertSame(
        partner, assertInstanceOf(CallerPrincipalCallback.class, handled.get(0)).getPrincipal());
  }

  @Test
  void aVisitor_goesOnWithoutACaller() {
    assertEquals(AuthenticationStatus.NOT_DONE, login.anonymous());

    assertEquals(1, handled.size());
    CallerPrincipalCallback caller =
        assertInstanceOf(CallerPrincipalCallback.class, handled.get(0));
    assertNull(caller.getPrincipal());
    assertNull(caller.getName());
  }

  @Test
  void aCallbackTheContainerRefuses_failsTheRequest_ratherThanLettingItThroughAnonymously() {
    ClusterServerAuthModule.Callbacks refusing =
        new ClusterServerAuthModule.Callbacks(
            callbacks -> {
              throw new UnsupportedCallbackException(callbacks[0]);
            },
            subject);

    assertThrows(IllegalStateException.class, () -> refusing.caller(Actor.partner("p", Set.of())));
  }

  @Test
  void theMechanismsStatus_becomesTheContainers() {
    AuthStatus[] expected = {
      AuthStatus.SUCCESS, AuthStatus.SEND_FAILURE, AuthStatus.SEND_CONTINUE, AuthStatus.SUCCESS
    };
    AuthenticationStatus[] given = {
      AuthenticationStatus.SUCCESS,
      AuthenticationStatus.SEND_FAILURE,
      AuthenticationStatus.SEND_CONTINUE,
      AuthenticationStatus.NOT_DONE
    };

    assertArrayEquals(
        expected, Arrays.stream(given).map(ClusterServerAuthModule::containerStatus).toArray());
  }

  @Test
  void aSubjectIsCleaned_onSignOut() {
    subject.getPrincipals().add(Actor.partner("p", Set.of()));

    new ClusterServerAuthModule(new ClusterAuthenticationMechanism(null, null, null, null) {})
        .cleanSubject(null, subject);

    assertEquals(Set.of(), subject.getPrincipals());
  }
}
