package lu.creativecluster.adapter.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
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
                    + " RFC 9457 application/problem+json.",
            license =
                @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
    servers = @Server(url = "/", description = "This server"),
    tags = @Tag(name = "Sectors", description = "The 12 sectors of the creative industries"))
public class RestApplication extends Application {

  public static final String BASE_PATH = "/api/v1";
}
