package lu.creativecluster.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import lu.creativecluster.domain.account.Role;
import org.junit.jupiter.api.Test;

class ActorTest {

  @Test
  void namesSayWhoActs() {
    assertEquals("visitor", Actor.visitor().getName());
    assertEquals("person:42", Actor.person("42", "Anna", Set.of(Role.STAFF)).getName());
    assertEquals("partner:ministry", Actor.partner("ministry", Set.of("stats:read")).getName());
  }

  @Test
  void aPrincipalName_isReadBackIntoTheActor_withWhatTheContainerGrants() {
    Actor person = Actor.fromPrincipalName("person:42", Set.of("admin")::contains, Set.of());
    assertEquals(Actor.Kind.PERSON, person.kind());
    assertEquals("42", person.id());
    assertEquals(Set.of(Role.ADMIN, Role.STAFF), person.roles());

    Actor partner =
        Actor.fromPrincipalName(
            "partner:ministry", Set.of("stats:read")::contains, Set.of("stats:read", "x:y"));
    assertEquals(Actor.partner("ministry", Set.of("stats:read")), partner);

    Actor elsewhere = Actor.fromPrincipalName("jdoe", Set.of("member")::contains, Set.of());
    assertEquals(Actor.person("jdoe", "jdoe", Set.of(Role.MEMBER)), elsewhere);
  }

  @Test
  void aPrincipalNameWithoutIdentity_isAVisitor() {
    for (String name :
        new String[] {null, "", " ", "visitor", "anonymous", "person:", "partner: "}) {
      assertEquals(Actor.visitor(), Actor.fromPrincipalName(name, g -> true, Set.of("a")), name);
    }
  }

  @Test
  void theNameWritten_isTheNameRead() {
    Actor person = Actor.person("7", "7", Set.of(Role.MEMBER));
    assertEquals(person, Actor.fromPrincipalName(person.getName(), "member"::equals, Set.of()));
  }

  @Test
  void peopleHoldRoles_partnersHoldScopes() {
    Actor staff = Actor.person("42", "Anna", Set.of(Role.STAFF));
    assertTrue(staff.has(Role.STAFF));
    assertFalse(staff.has(Role.ADMIN));
    Actor ministry = Actor.partner("ministry", Set.of("stats:read"));
    assertTrue(ministry.hasScope("stats:read"));
    assertFalse(ministry.hasScope("members:read"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Actor(Actor.Kind.PARTNER, "p", "p", Set.of(Role.ADMIN), Set.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Actor(Actor.Kind.PERSON, "42", "A", Set.of(), Set.of("stats:read")));
  }

  @Test
  void peopleAndPartnersHaveAnId() {
    assertThrows(IllegalArgumentException.class, () -> Actor.partner(" ", Set.of()));
  }
}
