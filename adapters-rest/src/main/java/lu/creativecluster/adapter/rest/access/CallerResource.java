package lu.creativecluster.adapter.rest.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import lu.creativecluster.adapter.rest.RestApplication;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.domain.access.Actor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: "who am I", so a partner's developer can check a token (and a signed-in person
 * their session) before calling anything else.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access")
public class CallerResource {

  @GET
  @Operation(
      operationId = "getCaller",
      summary = "Who am I",
      description =
          "The caller as the platform authenticated it: a partner system with the scopes of its"
              + " token, or a signed-in person with their roles. Needs credentials, no scope.")
  @SecurityRequirement(name = RestApplication.PARTNER_TOKEN)
  @APIResponse(
      responseCode = "200",
      description = "The caller",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CallerDto.class)))
  public Response me(@Parameter(hidden = true) @Context SecurityContext securityContext) {
    Actor actor = CallerActor.of(securityContext);
    if (actor.kind() == Actor.Kind.VISITOR) {
      throw new AccessDeniedException("Nobody is authenticated on this request.");
    }
    return Response.ok(CallerDto.from(actor)).cacheControl(PrivateAnswers.noStore()).build();
  }
}
