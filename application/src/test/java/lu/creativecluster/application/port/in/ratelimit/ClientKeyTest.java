package lu.creativecluster.application.port.in.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ClientKeyTest {

  @Test
  void anIpv4Client_isCountedByItsAddress() {
    assertEquals("address:203.0.113.7", ClientKey.ofAddress("203.0.113.7"));
    assertNotEquals(ClientKey.ofAddress("203.0.113.7"), ClientKey.ofAddress("203.0.113.8"));
  }

  @Test
  void ipv6Clients_areCountedByTheir64_soAFreshAddressPerRequestDoesNotEscapeTheLimit() {
    String one = ClientKey.ofAddress("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
    assertEquals("address:2001:db8:1:2::/64", one);
    assertEquals(one, ClientKey.ofAddress("2001:0db8:0001:0002::1"));
    assertEquals(one, ClientKey.ofAddress("[2001:db8:1:2::ffff]"));
    assertEquals(one, ClientKey.ofAddress("2001:db8:1:2::5%eth0"));
    assertNotEquals(one, ClientKey.ofAddress("2001:db8:1:3::1"));
  }

  @Test
  void anIpv4MappedAddress_isItsIpv4Address() {
    assertEquals("address:192.0.2.1", ClientKey.ofAddress("::ffff:192.0.2.1"));
  }

  @Test
  void noAddress_orSomethingElse_isCountedAsIs_withoutLookingAnythingUp() {
    assertEquals("address:unknown", ClientKey.ofAddress(null));
    assertEquals("address:unknown", ClientKey.ofAddress(" "));
    assertEquals("address:proxy.example", ClientKey.ofAddress("proxy.example"));
  }
}
