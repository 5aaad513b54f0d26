package lu.creativecluster.adapter.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import lu.creativecluster.adapter.rest.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
            license =
                @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
    servers = @Server(url = "/", description = "This server"),
    // Named here because the error answers refer to it by name (ProblemResponsesFilter).
    components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)),
    tags = {
      @Tag(name = "Sectors", description = "The 12 sectors of the creative industries"),
      @Tag(name = "Access", description = "Who the caller is, as the platform sees it"),
      @Tag(name = "Audit", description = "Who did what and when")
    })
@SecurityScheme(
    securitySchemeName = RestApplication.PARTNER_TOKEN,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description =
        "A JWT issued to a partner system by the identity provider the cluster trusts, sent as"
            + " `Authorization: Bearer <token>`. Signed with RS256 or ES256; `iss` and `aud` must be"
            + " the configured issuer and audience, `exp` is required. Scopes come from `scope`"
            + " (space separated) or `scp` (array): audit:read, stats:read, members:read,"
            + " cooperation:read, cooperation:write. Each operation lists the scopes it needs. A"
            + " missing or invalid token is answered 401, a missing scope 403"
            + " (WWW-Authenticate: Bearer error=\"insufficient_scope\"). Bearer calls create no"
            + " session.")
public class RestApplication extends Application {

  public static final String BASE_PATH = "/api/v1";

  /** The name of the bearer scheme in the OpenAPI document, used by every protected operation. */
  public static final String PARTNER_TOKEN = "partnerToken";
}
