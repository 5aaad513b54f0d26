package lu.creativecluster.adapter.webui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  private static InetAddress ip(String literal) {
    return ClientAddresses.literal(literal).orElseThrow();
  }

  @Test
  void withoutTrustedProxies_theForwardedForHeaderIsIgnored() {
    InetAddress client =
        ClientAddresses.NO_PROXY.clientOf(ip("198.51.100.9"), List.of("203.0.113.1"));
    assertEquals(ip("198.51.100.9"), client);
  }

  @Test
  void anUntrustedPeer_cannotChooseItsAddress() {
    ClientAddresses addresses = ClientAddresses.trusting("10.0.0.0/8");
    assertEquals(
        ip("198.51.100.9"), addresses.clientOf(ip("198.51.100.9"), List.of("203.0.113.1")));
  }

  @Test
  void behindATrustedProxy_theRightMostUntrustedHopIsTheClient_notWhatTheClientPrepended() {
    ClientAddresses addresses = ClientAddresses.trusting("10.0.0.0/8, 192.0.2.10");
    InetAddress client =
        addresses.clientOf(ip("10.1.2.3"), List.of("1.1.1.1, 203.0.113.7", "192.0.2.10, 10.9.9.9"));
    assertEquals(ip("203.0.113.7"), client);
  }

  @Test
  void garbageForwardedByATrustedProxy_leavesTheLastKnownHop() {
    ClientAddresses addresses = ClientAddresses.trusting("10.0.0.1");
    assertEquals(ip("10.0.0.1"), addresses.clientOf(ip("10.0.0.1"), List.of("evil.example")));
    assertEquals(ip("10.0.0.1"), addresses.clientOf(ip("10.0.0.1"), List.of()));
  }

  @Test
  void ipv6RangesAndBracketedHopsWithPorts_areUnderstood() {
    ClientAddresses addresses = ClientAddresses.trusting("2001:db8::/32");
    assertTrue(addresses.isTrusted(ip("2001:db8:ffff::1")));
    assertFalse(addresses.isTrusted(ip("2001:db9::1")));
    assertFalse(addresses.isTrusted(ip("192.0.2.1")));
    assertEquals(
        ip("2001:db9::7"), addresses.clientOf(ip("2001:db8::1"), List.of("[2001:db9::7]:4711")));
    assertEquals(ip("192.0.2.5"), addresses.clientOf(ip("2001:db8::1"), List.of("192.0.2.5:80")));
  }

  @Test
  void aMalformedSetting_stopsTheDeployment() {
    assertThrows(IllegalArgumentException.class, () -> ClientAddresses.trusting("10.0.0.0/33"));
    assertThrows(IllegalArgumentException.class, () -> ClientAddresses.trusting("proxy.local"));
    assertFalse(ClientAddresses.trusting(" ").trustsAnyProxy());
  }
}
