package lu.creativecluster.adapter.rest.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import lu.creativecluster.adapter.rest.RestApplication;
import lu.creativecluster.adapter.rest.audit.AuditEventResource;
import lu.creativecluster.adapter.rest.sector.SectorResource;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.OAuthScope;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.junit.jupiter.api.Test;

/**
 * The partners' OAuth2 scheme lists exactly the scopes the platform recognises in a token, and
 * every scope an operation requires is among them (what Spectral's oas3-operation-security-defined
 * checks on the served document, here for every build).
 */
class DeclaredScopesTest {

  private static final SecurityScheme SCHEME =
      RestApplication.class.getAnnotation(SecurityScheme.class);

  @Test
  void partnerScheme_isOAuth2ClientCredentials_namedAsOperationsReferToIt() {
    assertEquals(RestApplication.PARTNER_TOKEN, SCHEME.securitySchemeName());
    assertEquals(SecuritySchemeType.OAUTH2, SCHEME.type());
    assertEquals(
        RestApplication.TOKEN_URL_PLACEHOLDER, SCHEME.flows().clientCredentials().tokenUrl());
  }

  @Test
  void declaredScopes_areTheScopesACallerIsAskedAbout() {
    assertEquals(Set.copyOf(CallerActor.KNOWN_SCOPES), declaredScopes());
  }

  @Test
  void everyScopeAnOperationRequires_isDeclared() {
    for (Class<?> resource :
        new Class<?>[] {SectorResource.class, CallerResource.class, AuditEventResource.class}) {
      for (var method : resource.getDeclaredMethods()) {
        Set<String> required = AccessDeniedMapper.partnerScopes(method);
        assertTrue(
            declaredScopes().containsAll(required),
            () -> method + " requires " + required + ", declared are " + declaredScopes());
      }
    }
  }

  private static Set<String> declaredScopes() {
    return Arrays.stream(SCHEME.flows().clientCredentials().scopes())
        .map(OAuthScope::name)
        .collect(Collectors.toSet());
  }
}
