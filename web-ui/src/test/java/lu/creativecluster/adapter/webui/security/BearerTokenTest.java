package lu.creativecluster.adapter.webui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BearerTokenTest {

  @Test
  void theBearerScheme_isRecognisedInAnyCase() {
    assertEquals(
        Optional.of("abc.def.ghi"),
        ClusterAuthenticationMechanism.bearerToken("Bearer abc.def.ghi"));
    assertEquals(
        Optional.of("abc.def.ghi"),
        ClusterAuthenticationMechanism.bearerToken("bearer   abc.def.ghi "));
  }

  @Test
  void aBearerHeaderWithoutToken_isStillABearerAttempt_andSoRefusedLater() {
    assertEquals(Optional.of(""), ClusterAuthenticationMechanism.bearerToken("Bearer"));
  }

  @Test
  void otherSchemesAndNoHeader_areNotBearerTokens() {
    assertEquals(Optional.empty(), ClusterAuthenticationMechanism.bearerToken(null));
    assertEquals(
        Optional.empty(), ClusterAuthenticationMechanism.bearerToken("Basic dXNlcjpwYXNz"));
    assertEquals(Optional.empty(), ClusterAuthenticationMechanism.bearerToken("Bearerabc"));
    assertEquals(Optional.empty(), ClusterAuthenticationMechanism.bearerToken(""));
  }
}
