package lu.creativecluster.adapter.webui.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignOutActionTest {

  @Test
  void aPostFromOurOwnPages_signsOut() {
    assertTrue(SignOutAction.fromOwnSite("same-origin"));
    assertTrue(SignOutAction.fromOwnSite("none"));
  }

  @Test
  void aBrowserWithoutFetchMetadata_isLeftToTheSameSiteCookie() {
    assertTrue(SignOutAction.fromOwnSite(null));
  }

  @Test
  void aPostFromAnotherSite_doesNotSignOut() {
    assertFalse(SignOutAction.fromOwnSite("cross-site"));
    assertFalse(SignOutAction.fromOwnSite("same-site"));
  }
}
