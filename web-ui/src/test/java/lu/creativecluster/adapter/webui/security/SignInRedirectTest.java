package lu.creativecluster.adapter.webui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignInRedirectTest {

  @Test
  void aVisitor_isSentToSignInInThePagesLanguage_withThePageToComeBackTo() {
    assertEquals(
        "/fr/sign-in?next=%2Ffr%2Fstaff%2F",
        SignInRedirect.location("", "/fr/staff/", null, "GET", "de"));
  }

  @Test
  void theQueryString_comesBackToo() {
    assertEquals(
        "/de/sign-in?next=%2Fde%2Fstaff%2Faudit%3Fpage%3D2",
        SignInRedirect.location("", "/de/staff/audit", "page=2", "GET", null));
  }

  @Test
  void aPathWithoutLanguage_usesAcceptLanguage() {
    assertEquals(
        "/de/sign-in?next=%2Fstaff%2Findex.xhtml",
        SignInRedirect.location("", "/staff/index.xhtml", "", "GET", "de-LU,de;q=0.9"));
  }

  @Test
  void aFormPost_getsNoNext_becauseItCannotBeReplayed() {
    assertEquals("/en/sign-in", SignInRedirect.location("", "/en/staff/", null, "POST", null));
  }

  @Test
  void theContextPath_isKept() {
    assertEquals(
        "/cluster/en/sign-in?next=%2Fcluster%2Fen%2Faccount%2F",
        SignInRedirect.location("/cluster", "/cluster/en/account/", null, "HEAD", null));
  }
}
