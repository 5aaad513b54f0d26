package lu.creativecluster.adapter.rest.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import lu.creativecluster.adapter.rest.access.CallerActor;
import lu.creativecluster.application.port.in.member.ShowMemberProfileUseCase;
import lu.creativecluster.application.port.in.member.UpdateMemberProfileUseCase;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.MemberId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** REST adapter: a member withdraws its consent to show contact details, in one action. */
@Path("members/{slug}/contact-consent")
@RequestScoped
@Tag(name = MemberData.TAG, description = MemberData.TAG_DESCRIPTION)
public class MemberContactConsentResource {

  // Field injection: RESTEasy requires a public constructor it can call itself.
  @Inject ShowMemberProfileUseCase showMember;
  @Inject UpdateMemberProfileUseCase updateMember;

  @DELETE
  @Operation(
      operationId = "withdrawMemberContactConsent",
      summary = "Withdraw consent to show contact details",
      description =
          "Hides the e-mail address and the phone number from the public profile at once; the"
              + " details stay for staff. The member's own account or staff (a signed-in session).")
  @APIResponse(responseCode = "204", description = "No contact field is public any more")
  @APIResponse(responseCode = "401", description = "Nobody is signed in")
  @APIResponse(responseCode = "403", description = "Neither the member's account nor staff")
  @APIResponse(responseCode = "404", description = "No member the caller may see has this slug")
  @APIResponse(responseCode = "409", description = "The record was merged or erased")
  public Response withdraw(
      @Parameter(description = "The member's slug", example = "studio-lumen") @PathParam("slug")
          String slug,
      @Parameter(hidden = true) @Context SecurityContext securityContext,
      @Parameter(hidden = true) @Context UriInfo uriInfo) {
    Actor actor = CallerActor.of(securityContext);
    MemberId id = MemberSlugs.resolve(showMember, actor, slug, uriInfo);
    return MemberSlugs.conflictIfEnded(
        () -> updateMember.withdrawContactConsent(actor, id), uriInfo);
  }
}
