package lu.creativecluster.adapter.webui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Role;
import org.junit.jupiter.api.Test;

class ContainerGroupsTest {

  @Test
  void aMember_isInTheMemberGroupOnly() {
    assertEquals(
        Set.of("member"), ContainerGroups.of(Actor.person("a1", "Ana", Set.of(Role.MEMBER))));
  }

  @Test
  void anAdmin_isAlsoStaff() {
    assertEquals(
        Set.of("admin", "staff"), ContainerGroups.of(Actor.person("a2", "Bo", Set.of(Role.ADMIN))));
  }

  @Test
  void aPartner_getsItsScopes_butNeverAScopeSpelledLikeARole() {
    Actor partner = Actor.partner("ministry", Set.of("stats:read", "staff", "admin", "member"));

    assertEquals(Set.of("stats:read"), ContainerGroups.of(partner));
  }

  @Test
  void aVisitor_isInNoGroup() {
    assertEquals(Set.of(), ContainerGroups.of(Actor.visitor()));
  }
}
