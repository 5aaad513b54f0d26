package lu.creativecluster.adapter.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import lu.creativecluster.adapter.rest.problem.Problem;
import lu.creativecluster.application.port.in.audit.ReadAuditLogUseCase;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlow;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlows;
import org.eclipse.microprofile.openapi.annotations.security.OAuthScope;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** REST adapter: the public API, version 1. A breaking change gets a new version path. */
@ApplicationPath(RestApplication.BASE_PATH)
@OpenAPIDefinition(
    info =
        @Info(
            title = "Creative Cluster Platform API",
            version = "1",
            description =
                "The cluster's data for partner systems: the sectors of the creative industries today;"
                    + " members, inquiries, cooperation and impact figures as they are built. Texts are"
                    + " available in de, fr and en: pick one with ?lang= or Accept-Language. Errors are"
                    + " RFC 9457 application/problem+json. Public operations need no credentials;"
                    + " protected ones name the scopes their bearer token must carry. Every client is"
                    + " rate limited (429 with Retry-After).",
            // Whom a partner asks for access; the address depends on who runs the platform.
            contact = @Contact(name = "The cluster's staff, who register partner systems"),
            license =
                @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
    servers = @Server(url = "/", description = "This server"),
    // WildFly serves an empty externalDocs (invalid: url is required) unless the definition names
    // one.
    externalDocs =
        @ExternalDocumentation(
            description = "RFC 9457 Problem Details for HTTP APIs: the body of every error answer",
            url = "https://www.rfc-editor.org/rfc/rfc9457"),
    // Named here because the error answers refer to it by name (ProblemResponsesFilter).
    components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)),
    tags = {
      @Tag(name = "Sectors", description = "The 12 sectors of the creative industries"),
      @Tag(name = "Access", description = "Who the caller is, as the platform sees it"),
      @Tag(name = "Audit", description = "Who did what and when"),
      @Tag(name = "Members", description = "The member directory: search, profiles, membership"),
      @Tag(
          name = "Cooperation",
          description = "Partner organisations abroad, missions abroad and the export overview"),
      @Tag(
          name = "Inquiries",
          description =
              "Questions and offers to the cluster: asking, tracking, recipients' replies and the"
                  + " staff inbox"),
      @Tag(
          name = "Events",
          description =
              "The cluster's events: list, iCalendar feed, registration with a waiting list,"
                  + " cancellation by private token, and staff management and attendance"),
      @Tag(name = "Projects", description = "Cross-sector projects the cluster made happen"),
      @Tag(
          name = "Impact",
          description = "The cluster's figures per year and period, as JSON or CSV")
    })
@SecurityScheme(
    securitySchemeName = RestApplication.PARTNER_TOKEN,
    // OAuth2 rather than plain HTTP bearer: only an OAuth2 (or OIDC) scheme can list the scopes
    // that operations require, so partners' tools know what to ask the identity provider for.
    type = SecuritySchemeType.OAUTH2,
    description =
        "A JWT issued to a partner system by the identity provider the cluster trusts (client"
            + " credentials grant at the tokenUrl), sent as `Authorization: Bearer <token>`."
            + " Signed with RS256 or ES256; `iss` and `aud` must be the configured issuer and"
            + " audience, `exp` is required. Scopes come from `scope` (space separated) or `scp`"
            + " (array). Each operation lists the scopes it needs. A missing or invalid token is"
            + " answered 401, a missing scope 403 (WWW-Authenticate: Bearer"
            + " error=\"insufficient_scope\"). Bearer calls create no session.",
    flows =
        @OAuthFlows(
            clientCredentials =
                @OAuthFlow(
                    // Replaced by cluster.jwt.token-url when set (ProblemResponsesFilter).
                    tokenUrl = RestApplication.TOKEN_URL_PLACEHOLDER,
                    scopes = {
                      @OAuthScope(
                          name = ReadAuditLogUseCase.SCOPE,
                          description = "Read the audit log"),
                      @OAuthScope(
                          name = "stats:read",
                          description =
                              "Read the non-public impact figures: confidential projects' volume"
                                  + " and projects by name (GET /api/v1/impact)"),
                      @OAuthScope(
                          name = "members:read",
                          description =
                              "Reserved: member profiles are public (GET /api/v1/members), and"
                                  + " this scope unlocks no more of them today"),
                      @OAuthScope(
                          name = "cooperation:read",
                          description =
                              "Read who is behind the export figures: the members serving and"
                                  + " wanting a market (GET"
                                  + " /api/v1/export-overview/markets/{market})"),
                      @OAuthScope(
                          name = "cooperation:write",
                          description =
                              "Offer the cluster's members an opportunity abroad (POST"
                                  + " /api/v1/cooperation-offers)")
                    })))
public class RestApplication extends Application {

  public static final String BASE_PATH = "/api/v1";

  /** The partners' OAuth2 scheme in the OpenAPI document, named by every protected operation. */
  public static final String PARTNER_TOKEN = "partnerToken";

  /**
   * Where partners get tokens, until an operator names their identity provider's token endpoint in
   * {@code cluster.jwt.token-url}.
   */
  public static final String TOKEN_URL_PLACEHOLDER =
      "https://sso.example.lu/realms/partners/protocol/openid-connect/token";
}
