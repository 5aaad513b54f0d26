package lu.creativecluster.adapter.rest.cooperation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import lu.creativecluster.adapter.rest.RestApplication;
import lu.creativecluster.adapter.rest.access.CallerActor;
import lu.creativecluster.adapter.rest.access.PrivateAnswers;
import lu.creativecluster.adapter.rest.problem.InvalidRequestParameterException;
import lu.creativecluster.application.port.in.cooperation.ShowExportOverviewUseCase;
import lu.creativecluster.domain.member.CountryCode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: the export overview. The counts are public; the names behind one market's counts
 * are for staff and partner systems with {@code cooperation:read}. The names are asked per market
 * because counting every market's members on each call would make the public answer slow.
 */
@Path("export-overview")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cooperation")
public class ExportOverviewResource {

  // Field injection: RESTEasy requires a public constructor it can call itself.
  @Inject ShowExportOverviewUseCase exportOverview;

  @GET
  @Operation(
      operationId = "getExportOverview",
      summary = "The export overview in counts",
      description =
          "For each market abroad, how many active members serve it and want it, by sector, and"
              + " how many took part in missions there; markets ranked by demand; the share of"
              + " members that export. Counts only; the members behind a market's counts: GET"
              + " /api/v1/export-overview/markets/{market} (scope cooperation:read).")
  @APIResponse(
      responseCode = "200",
      description = "The overview",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ExportOverviewDto.class)))
  public Response overview() {
    return Response.ok(ExportOverviewDto.from(exportOverview.overview())).build();
  }

  @GET
  @Path("markets/{market}")
  @Operation(
      operationId = "getExportMarketMembers",
      summary = "The members behind one market's counts",
      description =
          "The market's counts and the active members serving and wanting it, by name: staff, or"
              + " a partner system whose token carries cooperation:read.")
  @SecurityRequirement(
      name = RestApplication.PARTNER_TOKEN,
      scopes = ShowExportOverviewUseCase.READ_SCOPE)
  @APIResponse(
      responseCode = "200",
      description = "The market's members",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ExportOverviewDto.MarketMembersDto.class)))
  @APIResponse(
      responseCode = "400",
      description = "market is not an ISO 3166-1 alpha-2 code; invalidParams names it")
  @APIResponse(responseCode = "401", description = "No credentials, or invalid ones")
  @APIResponse(
      responseCode = "403",
      description = "Neither staff nor a partner token with scope cooperation:read")
  public Response market(
      @Parameter(description = "The market, ISO 3166-1 alpha-2", example = "FR")
          @PathParam("market")
          String market,
      @Parameter(hidden = true) @Context SecurityContext securityContext) {
    CountryCode code;
    try {
      code = CountryCode.of(market);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestParameterException(
          "market", "must be an ISO 3166-1 alpha-2 country code, e.g. FR");
    }
    var detail = exportOverview.market(CallerActor.of(securityContext), code);
    return Response.ok(ExportOverviewDto.MarketMembersDto.from(detail))
        .cacheControl(PrivateAnswers.noStore())
        .build();
  }
}
