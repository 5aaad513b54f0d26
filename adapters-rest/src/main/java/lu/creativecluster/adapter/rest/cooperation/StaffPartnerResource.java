package lu.creativecluster.adapter.rest.cooperation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lu.creativecluster.adapter.rest.access.CallerActor;
import lu.creativecluster.adapter.rest.access.PrivateAnswers;
import lu.creativecluster.adapter.rest.cooperation.StaffCooperationDtos.CooperationInputDto;
import lu.creativecluster.adapter.rest.cooperation.StaffCooperationDtos.PartnerInputDto;
import lu.creativecluster.adapter.rest.cooperation.StaffCooperationDtos.StaffPartnerDto;
import lu.creativecluster.adapter.rest.cooperation.StaffCooperationDtos.StaffPartnerList;
import lu.creativecluster.adapter.rest.http.EntityTags;
import lu.creativecluster.application.port.in.cooperation.ManagePartnersUseCase;
import lu.creativecluster.application.port.in.cooperation.PartnerNotFoundException;
import lu.creativecluster.application.port.in.sector.ListSectorsUseCase;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.cooperation.Cooperation;
import lu.creativecluster.domain.cooperation.PartnerDetails;
import lu.creativecluster.domain.cooperation.PartnerId;
import lu.creativecluster.domain.cooperation.PartnerOrganisation;
import lu.creativecluster.domain.sector.SectorCode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: staff keep the partner network: register, revise and archive partners, record,
 * revise and remove cooperations. Every change names the version it was made on (If-Match with the
 * ETag GET answered), so two editors never overwrite each other unseen. Staff only: 401 for nobody,
 * 403 for anyone else.
 */
@Path("staff/partners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cooperation")
public class StaffPartnerResource {

  private static final String ID = "The partner's id";
  private static final String WHAT = "partner";
  private static final String IF_MATCH = "The ETag of the partner as the editor last read it";

  @Inject ManagePartnersUseCase manage;
  @Inject ListSectorsUseCase listSectors;

  @Context SecurityContext security;
  @Context HttpServletRequest request;
  @Context UriInfo uriInfo;

  @GET
  @Operation(
      operationId = "listPartnersForStaff",
      summary = "Every partner, archived ones included",
      description = "With the contact persons and the archive flag. Staff only.")
  @APIResponse(
      responseCode = "200",
      description = "The partners, by country code then name",
      content = @Content(schema = @Schema(implementation = StaffPartnerList.class)))
  @APIResponse(responseCode = "401", description = "Nobody signed in")
  @APIResponse(responseCode = "403", description = "Not staff")
  public Response list() {
    var items = manage.everyPartner(actor()).stream().map(StaffPartnerDto::from).toList();
    return Response.ok(new StaffPartnerList(items)).cacheControl(PrivateAnswers.noStore()).build();
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getPartnerForStaff",
      summary = "One partner as staff see it",
      description = "With its ETag, which a change sends back in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The partner",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = StaffPartnerDto.class)))
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such partner")
  public Response show(@Parameter(description = ID) @PathParam("id") String id) {
    return answer(manage.partner(actor(), partnerId(id))).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createPartner",
      summary = "Register a partner organisation abroad",
      description =
          "A refused body stores nothing: 400 names every invalid field (an unknown country, an"
              + " unknown sector, a name too short), 413 answers a body over 40,000 characters.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = PartnerInputDto.class)))
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = StaffPartnerDto.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields; invalidParams names each")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "413", description = "The body is over 40,000 characters")
  public Response create(@Parameter(hidden = true) InputStream body) {
    Actor actor = actor();
    StaffAnswers.requireStaff(actor, "register partners");
    PartnerDetails details = CooperationInput.partner(read(body), knownSectors()::contains);
    PartnerOrganisation partner = manage.register(actor, details, address());
    return answer(partner)
        .status(Response.Status.CREATED)
        .location(URI.create(path(partner.id().toString())))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updatePartner",
      summary = "Revise a partner organisation",
      description =
          "Replaces the partner's details (not its cooperations). If-Match is required: 428"
              + " without it, 412 when someone changed the partner since.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = PartnerInputDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "The partner as stored now, with its new ETag",
      content = @Content(schema = @Schema(implementation = StaffPartnerDto.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields; invalidParams names each")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such partner")
  @APIResponse(
      responseCode = "409",
      description = "Another change was saved at the same moment (or the partner's limits)")
  @APIResponse(responseCode = "412", description = "The If-Match tag is no longer current")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response update(
      @Parameter(description = ID) @PathParam("id") String id,
      @Parameter(in = ParameterIn.HEADER, name = EntityTags.IF_MATCH, description = IF_MATCH)
          @HeaderParam(EntityTags.IF_MATCH)
          String ifMatch,
      @Parameter(hidden = true) InputStream body) {
    return change(
        id,
        ifMatch,
        current ->
            manage.update(
                actor(),
                current.id(),
                current.version(),
                CooperationInput.partner(read(body), knownSectors()::contains),
                address()));
  }

  @POST
  @Path("{id}/archive")
  @Operation(
      operationId = "archivePartner",
      summary = "Archive a partner",
      description =
          "The public network (GET /api/v1/partners) no longer lists it; missions and audit"
              + " entries naming it keep their meaning. If-Match is required.")
  @APIResponse(
      responseCode = "200",
      description = "The partner, archived",
      content = @Content(schema = @Schema(implementation = StaffPartnerDto.class)))
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such partner")
  @APIResponse(
      responseCode = "409",
      description = "Another change was saved at the same moment (or the partner's limits)")
  @APIResponse(responseCode = "412", description = "The If-Match tag is no longer current")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response archive(
      @Parameter(description = ID) @PathParam("id") String id,
      @Parameter(in = ParameterIn.HEADER, name = EntityTags.IF_MATCH, description = IF_MATCH)
          @HeaderParam(EntityTags.IF_MATCH)
          String ifMatch) {
    return change(
        id,
        ifMatch,
        current -> manage.archive(actor(), current.id(), current.version(), true, address()));
  }

  @POST
  @Path("{id}/reactivate")
  @Operation(
      operationId = "reactivatePartner",
      summary = "List an archived partner again",
      description = "If-Match is required.")
  @APIResponse(
      responseCode = "200",
      description = "The partner, listed again",
      content = @Content(schema = @Schema(implementation = StaffPartnerDto.class)))
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such partner")
  @APIResponse(
      responseCode = "409",
      description = "Another change was saved at the same moment (or the partner's limits)")
  @APIResponse(responseCode = "412", description = "The If-Match tag is no longer current")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response reactivate(
      @Parameter(description = ID) @PathParam("id") String id,
      @Parameter(in = ParameterIn.HEADER, name = EntityTags.IF_MATCH, description = IF_MATCH)
          @HeaderParam(EntityTags.IF_MATCH)
          String ifMatch) {
    return change(
        id,
        ifMatch,
        current -> manage.archive(actor(), current.id(), current.version(), false, address()));
  }

  @POST
  @Path("{id}/cooperations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "addCooperation",
      summary = "Record a cooperation with a partner",
      description =
          "A memorandum, a network membership, a joint project or an exchange, with its dates,"
              + " status, description and activities. If-Match (the partner's ETag) is required.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = CooperationInputDto.class)))
  @APIResponse(
      responseCode = "201",
      description = "The partner with the new cooperation",
      content = @Content(schema = @Schema(implementation = StaffPartnerDto.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields, e.g. an end before the start")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such partner")
  @APIResponse(
      responseCode = "409",
      description = "Another change was saved at the same moment (or the partner's limits)")
  @APIResponse(responseCode = "412", description = "The If-Match tag is no longer current")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response addCooperation(
      @Parameter(description = ID) @PathParam("id") String id,
      @Parameter(in = ParameterIn.HEADER, name = EntityTags.IF_MATCH, description = IF_MATCH)
          @HeaderParam(EntityTags.IF_MATCH)
          String ifMatch,
      @Parameter(hidden = true) InputStream body) {
    Response answer =
        change(
            id,
            ifMatch,
            current -> {
              Cooperation cooperation = CooperationInput.cooperation(read(body), UUID.randomUUID());
              return manage.recordCooperation(
                  actor(), current.id(), current.version(), cooperation, address());
            });
    if (answer.getStatus() != Response.Status.OK.getStatusCode()) {
      return answer;
    }
    return Response.fromResponse(answer)
        .status(Response.Status.CREATED)
        .location(URI.create(path(id)))
        .build();
  }

  @PUT
  @Path("{id}/cooperations/{cooperation}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateCooperation",
      summary = "Revise a cooperation with a partner",
      description = "Replaces the cooperation. If-Match (the partner's ETag) is required.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = CooperationInputDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "The partner with the revised cooperation",
      content = @Content(schema = @Schema(implementation = StaffPartnerDto.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields, e.g. an end before the start")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such partner or cooperation")
  @APIResponse(
      responseCode = "409",
      description = "Another change was saved at the same moment (or the partner's limits)")
  @APIResponse(responseCode = "412", description = "The If-Match tag is no longer current")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response updateCooperation(
      @Parameter(description = ID) @PathParam("id") String id,
      @Parameter(description = "The cooperation's id") @PathParam("cooperation")
          String cooperationId,
      @Parameter(in = ParameterIn.HEADER, name = EntityTags.IF_MATCH, description = IF_MATCH)
          @HeaderParam(EntityTags.IF_MATCH)
          String ifMatch,
      @Parameter(hidden = true) InputStream body) {
    return change(
        id,
        ifMatch,
        current -> {
          UUID existing = cooperationOf(current, cooperationId);
          Cooperation cooperation = CooperationInput.cooperation(read(body), existing);
          return manage.recordCooperation(
              actor(), current.id(), current.version(), cooperation, address());
        });
  }

  @DELETE
  @Path("{id}/cooperations/{cooperation}")
  @Operation(
      operationId = "removeCooperation",
      summary = "Remove a cooperation recorded by mistake",
      description = "If-Match (the partner's ETag) is required.")
  @APIResponse(
      responseCode = "200",
      description = "The partner without the cooperation",
      content = @Content(schema = @Schema(implementation = StaffPartnerDto.class)))
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such partner or cooperation")
  @APIResponse(
      responseCode = "409",
      description = "Another change was saved at the same moment (or the partner's limits)")
  @APIResponse(responseCode = "412", description = "The If-Match tag is no longer current")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response removeCooperation(
      @Parameter(description = ID) @PathParam("id") String id,
      @Parameter(description = "The cooperation's id") @PathParam("cooperation")
          String cooperationId,
      @Parameter(in = ParameterIn.HEADER, name = EntityTags.IF_MATCH, description = IF_MATCH)
          @HeaderParam(EntityTags.IF_MATCH)
          String ifMatch) {
    return change(
        id,
        ifMatch,
        current ->
            manage.removeCooperation(
                actor(),
                current.id(),
                current.version(),
                cooperationOf(current, cooperationId),
                address()));
  }

  /**
   * Loads the partner as staff see it, checks If-Match against it and applies the change; a change
   * another editor saved in between is a 409.
   */
  private Response change(
      String id, String ifMatch, Function<PartnerOrganisation, PartnerOrganisation> change) {
    PartnerOrganisation current = manage.partner(actor(), partnerId(id));
    Response refused = StaffAnswers.precondition(ifMatch, etag(current), uriInfo, WHAT);
    if (refused != null) {
      return refused;
    }
    try {
      return answer(change.apply(current)).build();
    } catch (ConcurrentUpdateException collision) {
      return StaffAnswers.collision(uriInfo, WHAT);
    } catch (IllegalArgumentException full) {
      // The body was checked field by field; what is left is the partner's own limit (at most
      // 50 cooperations), a conflict with its state rather than a bad field.
      return StaffAnswers.conflict(uriInfo, full);
    }
  }

  private static UUID cooperationOf(PartnerOrganisation partner, String raw) {
    return partner.cooperations().stream()
        .map(Cooperation::id)
        .filter(c -> c.toString().equalsIgnoreCase(String.valueOf(raw)))
        .findFirst()
        .orElseThrow(() -> new PartnerNotFoundException(partner.id() + " cooperation " + raw));
  }

  private Response.ResponseBuilder answer(PartnerOrganisation partner) {
    return StaffAnswers.ok(StaffPartnerDto.from(partner), etag(partner));
  }

  private static String etag(PartnerOrganisation partner) {
    return StaffAnswers.etag(WHAT, partner.id().toString(), partner.version());
  }

  /** A path that is no partner id names no partner: 404, as for an id that does not exist. */
  private static PartnerId partnerId(String id) {
    try {
      return PartnerId.parse(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new PartnerNotFoundException(String.valueOf(id));
    }
  }

  private static CooperationJson read(InputStream body) {
    return CooperationJson.read(body, CooperationInput.MAX_BODY_CHARS);
  }

  private String path(String id) {
    String base = uriInfo == null ? "/api/v1/" : uriInfo.getBaseUri().getRawPath();
    return (base.endsWith("/") ? base : base + "/") + "staff/partners/" + id;
  }

  private Set<SectorCode> knownSectors() {
    return listSectors.listSectors().stream().map(s -> s.code()).collect(Collectors.toSet());
  }

  private Actor actor() {
    return CallerActor.of(security);
  }

  private String address() {
    return request == null ? "" : request.getRemoteAddr();
  }
}
