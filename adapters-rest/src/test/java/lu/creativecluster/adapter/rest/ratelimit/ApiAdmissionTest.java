package lu.creativecluster.adapter.rest.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Set;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Role;
import org.junit.jupiter.api.Test;

class ApiAdmissionTest {

  @Test
  void aPartner_isCountedByTokenSubject_whateverItsAddress() {
    Actor partner = Actor.partner("ministry", Set.of());
    assertEquals("partner:ministry", ApiAdmission.clientKey(partner, "192.0.2.1"));
    assertEquals("partner:ministry", ApiAdmission.clientKey(partner, "192.0.2.2"));
  }

  @Test
  void aSignedInPerson_isCountedByAccount() {
    Actor person = Actor.person("42", "Ada", Set.of(Role.MEMBER));
    assertEquals("person:42", ApiAdmission.clientKey(person, "192.0.2.1"));
  }

  @Test
  void aVisitor_isCountedByAddress_neverAsAnAuthenticatedCaller() {
    assertEquals("address:192.0.2.1", ApiAdmission.clientKey(Actor.visitor(), "192.0.2.1"));
    assertNotEquals(
        ApiAdmission.clientKey(Actor.visitor(), "192.0.2.1"),
        ApiAdmission.clientKey(Actor.visitor(), "192.0.2.2"));
    assertEquals("address:unknown", ApiAdmission.clientKey(Actor.visitor(), null));
  }

  @Test
  void anIpv6Visitor_isCountedByIts64() {
    assertEquals(
        ApiAdmission.clientKey(Actor.visitor(), "2001:db8:7:8::1"),
        ApiAdmission.clientKey(Actor.visitor(), "2001:db8:7:8:ffff::2"));
  }
}
