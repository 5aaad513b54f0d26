package lu.creativecluster.adapter.rest.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import lu.creativecluster.adapter.rest.access.CallerActor;
import lu.creativecluster.adapter.rest.access.PrivateAnswers;
import lu.creativecluster.application.port.in.member.EraseMemberUseCase;
import lu.creativecluster.application.port.in.member.ExportMemberDataUseCase;
import lu.creativecluster.application.port.in.member.MemberDataExport;
import lu.creativecluster.application.port.in.member.ShowMemberProfileUseCase;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.MemberId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: a member's rights of access and erasure (GDPR articles 15 and 17). The member's own
 * account, or staff for it, downloads everything held as JSON; staff erase.
 */
@Path("members/{slug}/personal-data")
@RequestScoped
@Tag(name = MemberData.TAG, description = MemberData.TAG_DESCRIPTION)
public class MemberPersonalDataResource {

  // Field injection: RESTEasy requires a public constructor it can call itself.
  @Inject ShowMemberProfileUseCase showMember;
  @Inject ExportMemberDataUseCase exportMemberData;
  @Inject EraseMemberUseCase eraseMember;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "downloadMemberPersonalData",
      summary = "Download all personal data held about a member",
      description =
          "Everything the cluster holds about the member: profile, contact details with the"
              + " instants consent was given, private details, status history. Only for the"
              + " member's own account or staff (a signed-in session); every download is audited.")
  @APIResponse(
      responseCode = "200",
      description = "The member's data",
      headers =
          @Header(
              name = "Content-Disposition",
              description = "attachment; filename=personal-data-<slug>.json",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MemberDataExport.class)))
  @APIResponse(responseCode = "401", description = "Nobody is signed in")
  @APIResponse(responseCode = "403", description = "Neither the member's account nor staff")
  @APIResponse(responseCode = "404", description = "No member the caller may see has this slug")
  public Response download(
      @Parameter(description = "The member's slug", example = "studio-lumen") @PathParam("slug")
          String slug,
      @Parameter(hidden = true) @Context SecurityContext securityContext,
      @Parameter(hidden = true) @Context HttpServletRequest request,
      @Parameter(hidden = true) @Context UriInfo uriInfo) {
    Actor actor = CallerActor.of(securityContext);
    MemberId id = MemberSlugs.resolve(showMember, actor, slug, uriInfo);
    MemberDataExport data = exportMemberData.export(actor, id, request.getRemoteAddr());
    return Response.ok(data)
        .header(
            "Content-Disposition",
            "attachment; filename=\"personal-data-" + data.slug() + ".json\"")
        .cacheControl(PrivateAnswers.noStore())
        .build();
  }

  @DELETE
  @Operation(
      operationId = "eraseMemberPersonalData",
      summary = "Erase a member's personal data",
      description =
          "Right to erasure: names, texts, contact and private details and the reasons in the"
              + " history go; kind, sectors, country, team size, founding year and export markets"
              + " stay for the cluster's figures. The record leaves the directory for good. Staff"
              + " (or the member's own account); audited.")
  @APIResponse(responseCode = "204", description = "Erased")
  @APIResponse(responseCode = "401", description = "Nobody is signed in")
  @APIResponse(responseCode = "403", description = "Neither staff nor the member's account")
  @APIResponse(responseCode = "404", description = "No member the caller may see has this slug")
  @APIResponse(responseCode = "409", description = "The record was already erased")
  public Response erase(
      @Parameter(description = "The member's slug", example = "studio-lumen") @PathParam("slug")
          String slug,
      @Parameter(hidden = true) @Context SecurityContext securityContext,
      @Parameter(hidden = true) @Context HttpServletRequest request,
      @Parameter(hidden = true) @Context UriInfo uriInfo) {
    Actor actor = CallerActor.of(securityContext);
    MemberId id = MemberSlugs.resolve(showMember, actor, slug, uriInfo);
    return MemberSlugs.conflictIfEnded(
        () -> eraseMember.erase(actor, id, request.getRemoteAddr()), uriInfo);
  }
}
