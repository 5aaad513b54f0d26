package lu.creativecluster.adapter.webui.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PublicUrlTest {

  @Test
  void theConfiguredAddress_withoutATrailingSlash_isTheOriginOfAbsoluteLinks() {
    assertEquals("https://cluster.example", PublicUrl.origin("https://cluster.example/"));
    assertEquals(
        "https://cluster.example:8443", PublicUrl.origin(" https://cluster.example:8443 "));
    assertEquals(PublicUrl.DEFAULT, PublicUrl.origin(""));
  }

  @Test
  void somethingThatIsNoHttpUrl_stopsTheDeployment() {
    assertThrows(IllegalArgumentException.class, () -> PublicUrl.origin("cluster.example"));
    assertThrows(IllegalArgumentException.class, () -> PublicUrl.origin("ftp://cluster.example"));
    assertThrows(IllegalArgumentException.class, () -> PublicUrl.origin("http://[bad"));
  }

  @Test
  void redirects_stayRelative_soTheHostHeaderNeverChoosesWhereTheyLead() {
    assertEquals("/en/sign-in", RelativeRedirectFilter.location("/en/sign-in", "/en/staff/"));
    assertEquals("/en/sectors", RelativeRedirectFilter.location("sectors", "/en/sign-in"));
    assertEquals(
        "https://idp.example/auth",
        RelativeRedirectFilter.location("https://idp.example/auth", "/"));
  }
}
