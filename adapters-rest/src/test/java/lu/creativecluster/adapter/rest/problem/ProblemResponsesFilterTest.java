package lu.creativecluster.adapter.rest.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
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

  @Test
  void aBodyThatSaysNothing_isMarkedRequired_asTheScannerMarksEveryBodyOfThisApi() {
    Operation operation =
        OASFactory.createOperation()
            .requestBody(OASFactory.createRequestBody().description("the inquiry"))
            .responses(OASFactory.createAPIResponses());

    new ProblemResponsesFilter().filterOperation(operation);

    assertEquals(Boolean.TRUE, operation.getRequestBody().getRequired());
  }

  @Test
  void aBodyThatSaysItIsOptional_staysOptional_andAnOperationWithoutBodyGetsNone() {
    Operation optional =
        OASFactory.createOperation()
            .requestBody(OASFactory.createRequestBody().required(false))
            .responses(OASFactory.createAPIResponses());
    Operation withoutBody = OASFactory.createOperation().responses(OASFactory.createAPIResponses());

    new ProblemResponsesFilter().filterOperation(optional);
    new ProblemResponsesFilter().filterOperation(withoutBody);

    assertEquals(Boolean.FALSE, optional.getRequestBody().getRequired());
    assertNull(withoutBody.getRequestBody());
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
