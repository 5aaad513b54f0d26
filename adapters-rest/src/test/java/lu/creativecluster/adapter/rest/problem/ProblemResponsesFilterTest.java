package lu.creativecluster.adapter.rest.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

class ProblemResponsesFilterTest {

  private static final String PLACEHOLDER = "https://sso.example.lu/token";

  @Test
  void configuredTokenUrl_replacesThePlaceholderOfTheClientCredentialsFlow() {
    OpenAPI document = documentWithPartnerScheme();

    ProblemResponsesFilter.complete(
        document, Optional.of("https://idp.cluster.example/realms/partners/token"));

    assertEquals("https://idp.cluster.example/realms/partners/token", tokenUrl(document));
  }

  @Test
  void withoutConfiguredTokenUrl_thePlaceholderStays() {
    OpenAPI document = documentWithPartnerScheme();

    ProblemResponsesFilter.complete(document, Optional.empty());

    assertEquals(PLACEHOLDER, tokenUrl(document));
  }

  private static OpenAPI documentWithPartnerScheme() {
    SecurityScheme partner =
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.OAUTH2)
            .flows(
                OASFactory.createOAuthFlows()
                    .clientCredentials(OASFactory.createOAuthFlow().tokenUrl(PLACEHOLDER)));
    return OASFactory.createOpenAPI()
        .components(OASFactory.createComponents().addSecurityScheme("partnerToken", partner));
  }

  private static String tokenUrl(OpenAPI document) {
    return document
        .getComponents()
        .getSecuritySchemes()
        .get("partnerToken")
        .getFlows()
        .getClientCredentials()
        .getTokenUrl();
  }
}
