package lu.creativecluster.adapter.rest.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.security.Principal;
import java.util.Set;
import java.util.function.Predicate;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallerActorTest {

  private static final Predicate<String> NO_ROLES = role -> false;

  private static Principal named(String name) {
    return () -> name;
  }

  @Test
  void anActorPrincipal_isTheActorItself() {
    Actor partner = Actor.partner("ministry", Set.of("audit:read"));
    assertSame(partner, CallerActor.from(partner, NO_ROLES));
  }

  @Test
  void noPrincipal_isAVisitor() {
    assertEquals(Actor.visitor(), CallerActor.from(null, NO_ROLES));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "visitor", "anonymous", "partner:", "person:"})
  void aPrincipalWithoutIdentity_isAVisitor(String name) {
    assertEquals(Actor.Kind.VISITOR, CallerActor.from(named(name), NO_ROLES).kind());
  }

  @Test
  void aWrappedPartner_getsTheKnownScopesTheContainerGrants() {
    Set<String> groups = Set.of("audit:read", "stats:read", "some:unknown");
    Actor actor = CallerActor.from(named("partner:ministry-of-culture"), groups::contains);
    assertEquals(Actor.Kind.PARTNER, actor.kind());
    assertEquals("ministry-of-culture", actor.id());
    assertEquals(Set.of("audit:read", "stats:read"), actor.scopes());
    assertEquals("partner:ministry-of-culture", actor.getName());
  }

  @Test
  void aWrappedPerson_getsTheRolesTheContainerGrants_adminIncludingStaff() {
    Actor actor = CallerActor.from(named("person:42"), Set.of("admin")::contains);
    assertEquals(Actor.Kind.PERSON, actor.kind());
    assertEquals("42", actor.id());
    assertEquals(Set.of(Role.ADMIN, Role.STAFF), actor.roles());
    assertEquals(Set.of(), actor.scopes());
  }

  @Test
  void aPrincipalOfAnotherShape_isAPersonKnownByName() {
    Actor actor = CallerActor.from(named("jdoe"), Set.of("member")::contains);
    assertEquals(Actor.Kind.PERSON, actor.kind());
    assertEquals("jdoe", actor.id());
    assertEquals(Set.of(Role.MEMBER), actor.roles());
  }

  @Test
  void withoutSecurityContext_theCallerIsAVisitor() {
    assertEquals(Actor.visitor(), CallerActor.of(null));
  }
}
