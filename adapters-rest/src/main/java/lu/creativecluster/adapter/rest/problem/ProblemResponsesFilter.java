package lu.creativecluster.adapter.rest.problem;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.OAuthFlows;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * REST adapter: completes the OpenAPI document with what every error answer of this API shares, so
 * each operation only states what is its own. Every error is RFC 9457 problem+json, every operation
 * may answer 429 (rate limit), every protected one 401; 401 and 403 carry a bearer challenge and
 * 429 a Retry-After. Registered in META-INF/microprofile-config.properties (MicroProfile allows one
 * filter), it also completes what annotations cannot say: the partners' token URL comes from
 * configuration. The same filter runs at build time (smallrye-open-api-maven-plugin), so the
 * build-time document equals the served one.
 */
public class ProblemResponsesFilter implements OASFilter {

  static final String TOO_MANY_REQUESTS =
      "Too many requests from this client; try again after Retry-After seconds";
  static final String UNAUTHORIZED = "No credentials, or a token that is invalid or expired";

  /** The token endpoint of the identity provider that issues partners' tokens. */
  public static final String TOKEN_URL_PROPERTY = "cluster.jwt.token-url";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    complete(openAPI, configuredTokenUrl());
  }

  static void complete(OpenAPI openAPI, Optional<String> tokenUrl) {
    tokenUrl.ifPresent(url -> setClientCredentialsTokenUrl(openAPI, url));
  }

  private static Optional<String> configuredTokenUrl() {
    return ConfigProvider.getConfig()
        .getOptionalValue(TOKEN_URL_PROPERTY, String.class)
        .map(String::strip)
        .filter(url -> !url.isEmpty());
  }

  private static void setClientCredentialsTokenUrl(OpenAPI openAPI, String url) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null) {
      return;
    }
    for (SecurityScheme scheme : openAPI.getComponents().getSecuritySchemes().values()) {
      OAuthFlows flows = scheme.getFlows();
      OAuthFlow clientCredentials = flows == null ? null : flows.getClientCredentials();
      if (clientCredentials != null) {
        clientCredentials.setTokenUrl(url);
      }
    }
  }

  @Override
  public Operation filterOperation(Operation operation) {
    markBodyRequired(operation.getRequestBody());
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      return operation;
    }
    addIfMissing(responses, "429", TOO_MANY_REQUESTS);
    if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
      addIfMissing(responses, "401", UNAUTHORIZED);
    }
    responses.getAPIResponses().forEach(ProblemResponsesFilter::completeError);
    return operation;
  }

  /**
   * No resource of this API takes an optional body, so the scanner marks every body required. The
   * server serves the build-time document instead of scanning again, and WildFly's reading of a
   * static document drops that flag; this puts it back, so the served document equals the built
   * one. A body that says otherwise keeps its own value.
   */
  private static void markBodyRequired(RequestBody body) {
    if (body != null && body.getRequired() == null) {
      body.setRequired(true);
    }
  }

  private static void addIfMissing(APIResponses responses, String code, String description) {
    if (!responses.hasAPIResponse(code)) {
      responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
    }
  }

  private static void completeError(String code, APIResponse response) {
    if (!code.startsWith("4") && !code.startsWith("5")) {
      return;
    }
    if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
      response.content(
          OASFactory.createContent()
              .addMediaType(
                  Problem.MEDIA_TYPE,
                  OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }
    Map<String, Header> headers = response.getHeaders();
    switch (code) {
      case "401" ->
          addHeader(
              response,
              headers,
              Challenges.HEADER,
              "Bearer challenge (RFC 6750)",
              Schema.SchemaType.STRING);
      case "403" ->
          addHeader(
              response,
              headers,
              Challenges.HEADER,
              "For partner tokens: Bearer error=\"insufficient_scope\" naming the scope needed",
              Schema.SchemaType.STRING);
      case "429" ->
          addHeader(response, headers, "Retry-After", "Seconds to wait", Schema.SchemaType.INTEGER);
      default -> {
        // Other errors carry no header of their own.
      }
    }
  }

  private static void addHeader(
      APIResponse response,
      Map<String, Header> headers,
      String name,
      String description,
      Schema.SchemaType type) {
    if (headers != null && headers.containsKey(name)) {
      return;
    }
    response.addHeader(
        name,
        OASFactory.createHeader()
            .description(description)
            .schema(OASFactory.createSchema().type(List.of(type))));
  }
}
