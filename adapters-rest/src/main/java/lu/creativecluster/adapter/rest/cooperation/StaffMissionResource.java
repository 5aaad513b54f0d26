package lu.creativecluster.adapter.rest.cooperation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
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
import java.util.stream.Collectors;
import lu.creativecluster.adapter.rest.access.CallerActor;
import lu.creativecluster.adapter.rest.cooperation.StaffCooperationDtos.MissionInputDto;
import lu.creativecluster.adapter.rest.cooperation.StaffCooperationDtos.OutcomeDto;
import lu.creativecluster.adapter.rest.cooperation.StaffCooperationDtos.StaffMissionDto;
import lu.creativecluster.adapter.rest.http.EntityTags;
import lu.creativecluster.application.port.in.cooperation.ListPartnersUseCase;
import lu.creativecluster.application.port.in.cooperation.PartnerNotFoundException;
import lu.creativecluster.application.port.in.mission.ListMissionsUseCase;
import lu.creativecluster.application.port.in.mission.ManageMissionsUseCase;
import lu.creativecluster.application.port.in.mission.MissionNotFoundException;
import lu.creativecluster.application.port.in.mission.MissionView;
import lu.creativecluster.application.port.in.mission.RecordMissionOutcomeUseCase;
import lu.creativecluster.application.port.in.sector.ListSectorsUseCase;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.cooperation.PartnerId;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.mission.IllegalApplicationTransitionException;
import lu.creativecluster.domain.mission.IllegalMissionTransitionException;
import lu.creativecluster.domain.mission.Mission;
import lu.creativecluster.domain.mission.MissionFullException;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.mission.MissionPlan;
import lu.creativecluster.domain.mission.NoApplicationException;
import lu.creativecluster.domain.mission.ParticipantOutcome;
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
 * REST adapter: staff plan and revise missions and, after one, record what each participant took
 * home. A revision names the version it was made on (If-Match with the ETag GET answered). Staff
 * only: 401 for nobody, 403 for anyone else. Selecting applicants and moving a mission through its
 * life stay on the staff mission page, which mails each decision.
 */
@Path("staff/missions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cooperation")
public class StaffMissionResource {

  private static final String ID = "The mission's id";
  private static final String WHAT = "mission";

  @Inject ListMissionsUseCase missions;
  @Inject ManageMissionsUseCase manage;
  @Inject RecordMissionOutcomeUseCase outcomes;
  @Inject ListSectorsUseCase listSectors;
  @Inject ListPartnersUseCase partners;

  @Context SecurityContext security;
  @Context HttpServletRequest request;
  @Context UriInfo uriInfo;

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getMissionForStaff",
      summary = "One mission as staff see it",
      description =
          "Every language's texts and every application with its motivation, decision and"
              + " outcome; with the ETag a revision sends back in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The mission",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = StaffMissionDto.class)))
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such mission")
  public Response show(@Parameter(description = ID) @PathParam("id") String id) {
    Actor actor = actor();
    StaffAnswers.requireStaff(actor, "see every application");
    return answer(missions.show(actor, missionId(id))).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createMission",
      summary = "Plan a mission abroad",
      description =
          "The mission starts planned (a draft only staff see); open it for applications on the"
              + " staff mission page. A refused body stores nothing: 400 names every invalid field"
              + " (an unknown country or sector, an end before the start, a deadline not before"
              + " the start), 413 answers a body over 40,000 characters.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = MissionInputDto.class)))
  @APIResponse(
      responseCode = "201",
      description = "Planned",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = StaffMissionDto.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields; invalidParams names each")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "413", description = "The body is over 40,000 characters")
  public Response create(@Parameter(hidden = true) InputStream body) {
    Actor actor = actor();
    StaffAnswers.requireStaff(actor, "plan missions");
    Mission mission = manage.create(actor, plan(body), address());
    return answer(missions.show(actor, mission.id()))
        .status(Response.Status.CREATED)
        .location(URI.create(path(mission.id().toString())))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateMission",
      summary = "Revise a mission",
      description =
          "Replaces the plan of a planned or open mission. If-Match is required: 428 without"
              + " it, 412 when someone changed the mission since (a member's application"
              + " counts). 409 when the mission is closed, completed or cancelled, or the"
              + " capacity would fall below the members already selected.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = MissionInputDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "The mission as stored now, with its new ETag",
      content = @Content(schema = @Schema(implementation = StaffMissionDto.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields; invalidParams names each")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such mission")
  @APIResponse(
      responseCode = "409",
      description =
          "The mission's state allows no such plan, or another change was saved at the same moment")
  @APIResponse(responseCode = "412", description = "The If-Match tag is no longer current")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response update(
      @Parameter(description = ID) @PathParam("id") String id,
      @Parameter(
              in = ParameterIn.HEADER,
              name = EntityTags.IF_MATCH,
              description = "The ETag of the mission as the editor last read it")
          @HeaderParam(EntityTags.IF_MATCH)
          String ifMatch,
      @Parameter(hidden = true) InputStream body) {
    Actor actor = actor();
    StaffAnswers.requireStaff(actor, "change missions");
    MissionView current = missions.show(actor, missionId(id));
    Response refused = StaffAnswers.precondition(ifMatch, etag(current), uriInfo, WHAT);
    if (refused != null) {
      return refused;
    }
    MissionPlan plan = plan(body);
    try {
      manage.revise(actor, current.mission().id(), current.version(), plan, address());
    } catch (ConcurrentUpdateException collision) {
      return StaffAnswers.collision(uriInfo, WHAT);
    } catch (IllegalMissionTransitionException | MissionFullException rule) {
      return StaffAnswers.conflict(uriInfo, rule);
    }
    return answer(missions.show(actor, current.mission().id())).build();
  }

  @PUT
  @Path("{id}/applications/{member}/outcome")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "recordMissionOutcome",
      summary = "Record what a participant took home",
      description =
          "After the mission is completed, per selected participant: the contacts made, the"
              + " leads and the follow-up. Recording again replaces the outcome.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = OutcomeDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "The mission with the outcome",
      content = @Content(schema = @Schema(implementation = StaffMissionDto.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields; invalidParams names each")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such mission, or no such application")
  @APIResponse(
      responseCode = "409",
      description =
          "The mission is not completed, the member did not take part, or another change was"
              + " saved at the same moment")
  public Response recordOutcome(
      @Parameter(description = ID) @PathParam("id") String id,
      @Parameter(description = "The member's id, as the applications list it") @PathParam("member")
          String member,
      @Parameter(hidden = true) InputStream body) {
    Actor actor = actor();
    StaffAnswers.requireStaff(actor, "record outcomes");
    MissionId mission = missionId(id);
    MemberId participant = memberId(member, mission);
    ParticipantOutcome outcome =
        CooperationInput.outcome(CooperationJson.read(body, CooperationInput.MAX_BODY_CHARS));
    try {
      outcomes.record(actor, mission, participant, outcome, address());
    } catch (NoApplicationException none) {
      throw new MissionNotFoundException(id + " application " + member);
    } catch (IllegalMissionTransitionException | IllegalApplicationTransitionException rule) {
      return StaffAnswers.conflict(uriInfo, rule);
    } catch (ConcurrentUpdateException collision) {
      return StaffAnswers.collision(uriInfo, WHAT);
    }
    return answer(missions.show(actor, mission)).build();
  }

  private MissionPlan plan(InputStream body) {
    return CooperationInput.mission(
        CooperationJson.read(body, CooperationInput.MAX_BODY_CHARS),
        knownSectors()::contains,
        this::knownPartner);
  }

  private boolean knownPartner(PartnerId id) {
    try {
      partners.show(id);
      return true;
    } catch (PartnerNotFoundException unknown) {
      return false;
    }
  }

  private Response.ResponseBuilder answer(MissionView view) {
    return StaffAnswers.ok(StaffMissionDto.from(view), etag(view));
  }

  private static String etag(MissionView view) {
    return StaffAnswers.etag(WHAT, view.mission().id().toString(), view.version());
  }

  /** A path that is no mission id names no mission: 404, as for an id that does not exist. */
  private static MissionId missionId(String id) {
    try {
      return MissionId.parse(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new MissionNotFoundException(String.valueOf(id));
    }
  }

  private static MemberId memberId(String member, MissionId mission) {
    try {
      return MemberId.parse(member);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new MissionNotFoundException(mission + " application " + member);
    }
  }

  private String path(String id) {
    String base = uriInfo == null ? "/api/v1/" : uriInfo.getBaseUri().getRawPath();
    return (base.endsWith("/") ? base : base + "/") + "staff/missions/" + id;
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
