package lu.creativecluster.adapter.rest.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Role;
import org.junit.jupiter.api.Test;

class CallerDtoTest {

  @Test
  void aPartner_showsItsSortedScopesAndNoRoles() {
    CallerDto dto = CallerDto.from(Actor.partner("ministry", Set.of("stats:read", "audit:read")));
    assertEquals("partner", dto.kind());
    assertEquals("ministry", dto.id());
    assertEquals("partner:ministry", dto.name());
    assertEquals(List.of("audit:read", "stats:read"), dto.scopes());
    assertEquals(List.of(), dto.roles());
  }

  @Test
  void aPerson_showsRoleCodes() {
    CallerDto dto = CallerDto.from(Actor.person("7", "Ada", Set.of(Role.STAFF, Role.ADMIN)));
    assertEquals("person", dto.kind());
    assertEquals("Ada", dto.displayName());
    assertEquals(List.of("admin", "staff"), dto.roles());
  }
}
