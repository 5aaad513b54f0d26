package lu.creativecluster.adapter.rest.event;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import lu.creativecluster.adapter.rest.access.CallerActor;
import lu.creativecluster.adapter.rest.access.PrivateAnswers;
import lu.creativecluster.adapter.rest.event.EventDtos.AttendanceInputDto;
import lu.creativecluster.adapter.rest.event.EventDtos.EventInputDto;
import lu.creativecluster.adapter.rest.event.EventDtos.RegistrantDto;
import lu.creativecluster.adapter.rest.event.EventDtos.StaffEventDto;
import lu.creativecluster.adapter.rest.http.EntityTags;
import lu.creativecluster.adapter.rest.inquiry.InquiryJson;
import lu.creativecluster.adapter.rest.problem.InvalidParam;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.adapter.rest.problem.ProblemType;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.event.AnnounceEventCommand;
import lu.creativecluster.application.port.in.event.CheckAttendanceUseCase;
import lu.creativecluster.application.port.in.event.ManageEventsUseCase;
import lu.creativecluster.application.port.in.event.ReviseEventCommand;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.event.Event;
import lu.creativecluster.domain.event.EventDetails;
import lu.creativecluster.domain.event.EventId;
import lu.creativecluster.domain.event.Registration;
import lu.creativecluster.domain.event.RegistrationId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: staff announce and revise events (optimistic locking by ETag and If-Match), see who
 * registered, and record attendance. Staff only (the use cases refuse anyone else with 403, partner
 * tokens included); answers hold personal data and are never stored by caches.
 */
@Path("staff/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class StaffEventResource {

  private static final String ID = "The event's id";

  @Inject ManageEventsUseCase manage;
  @Inject CheckAttendanceUseCase attendance;

  @Context SecurityContext security;

  @GET
  @Operation(
      operationId = "listStaffEvents",
      summary = "Every event with its registrations",
      description = "Every event, latest start first, with every registration. Staff only.")
  @APIResponse(
      responseCode = "200",
      description = "The events",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = StaffEventDto.class)))
  @APIResponse(responseCode = "403", description = "Not staff")
  public Response list() {
    List<StaffEventDto> events = manage.all(actor()).stream().map(StaffEventDto::from).toList();
    return Response.ok(events).cacheControl(PrivateAnswers.noStore()).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "announceEvent",
      summary = "Announce an event",
      description =
          "Staff announce an event. Times are local times in Europe/Luxembourg. 400 names every"
              + " invalid field (an end before the start, a deadline after the end included) and"
              + " nothing is stored.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EventInputDto.class)))
  @APIResponse(
      responseCode = "201",
      description = "Announced",
      headers = {
        @Header(
            name = HttpHeaders.LOCATION,
            description = "The event's staff address",
            schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = HttpHeaders.ETAG,
            description = "Strong entity tag of this version",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = StaffEventDto.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields; invalidParams names each")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "413", description = "The body is over 40,000 characters")
  @APIResponse(responseCode = "415", description = "The body is not application/json")
  public Response announce(
      @Parameter(hidden = true) InputStream body, @Parameter(hidden = true) @Context UriInfo uri) {
    Actor actor = actor();
    requireStaff(actor);
    EventDetails details = EventInput.read(InquiryJson.read(body, EventInput.MAX_BODY_CHARS));
    Event event = manage.announce(new AnnounceEventCommand(actor, details));
    return answer(Response.created(URI.create(path(uri, event.id()))), event);
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getStaffEvent",
      summary = "One event with its registrations",
      description =
          "The event in every language with all its registrations. Send its ETag in If-Match to"
              + " revise it. Staff only.")
  @APIResponse(
      responseCode = "200",
      description = "The event",
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = "Strong entity tag of this version",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = StaffEventDto.class)))
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No event with this id")
  public Response show(
      @Parameter(description = ID, schema = @Schema(format = "uuid")) @PathParam("id") String id) {
    return answer(Response.ok(), manage.show(actor(), EventResource.eventId(id)));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "reviseEvent",
      summary = "Revise an event",
      description =
          "Replaces what the event is, with the ETag of the version the editor read in If-Match:"
              + " without it 428, with a tag no longer current 412 (GET again, reapply, retry)."
              + " More seats move the waiting list up at once (each person is told by mail);"
              + " fewer seats than confirmed registrations are refused with 409.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EventInputDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "The event as stored now, with its new ETag",
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = "Strong entity tag of the new version",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = StaffEventDto.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields; invalidParams names each")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No event with this id")
  @APIResponse(
      responseCode = "409",
      description = "Fewer seats than people hold; invalidParams names capacity")
  @APIResponse(responseCode = "412", description = "The If-Match tag is no longer current")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response revise(
      @Parameter(description = ID, schema = @Schema(format = "uuid")) @PathParam("id") String id,
      @Parameter(
              name = EntityTags.IF_MATCH,
              description = "The ETag of the event as the editor last read it",
              required = true,
              schema = @Schema(type = SchemaType.STRING))
          @HeaderParam(EntityTags.IF_MATCH)
          String ifMatch,
      @Parameter(hidden = true) InputStream body,
      @Parameter(hidden = true) @Context UriInfo uri) {
    Actor actor = actor();
    Event current = manage.show(actor, EventResource.eventId(id));
    if (ifMatch == null || ifMatch.isBlank()) {
      return ProblemResponses.of(
          Response.Status.fromStatusCode(428),
          ProblemType.PRECONDITION_REQUIRED,
          "Precondition Required",
          "Send the ETag of the event you edited in If-Match, so no one else's change is"
              + " overwritten unseen.",
          uri,
          List.of(new InvalidParam(EntityTags.IF_MATCH, "is required: the ETag GET answered")));
    }
    if (!EntityTags.matches(ifMatch, etag(current))) {
      return stale(uri);
    }
    EventDetails details = EventInput.read(InquiryJson.read(body, EventInput.MAX_BODY_CHARS));
    try {
      Event revised =
          manage.revise(new ReviseEventCommand(actor, current.id(), current.version(), details));
      return answer(Response.ok(), revised);
    } catch (ConcurrentUpdateException raced) {
      return stale(uri);
    }
  }

  @POST
  @Path("{id}/attendance")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "recordEventAttendance",
      summary = "Record that a registered person came",
      description =
          "Marks a confirmed registration as attended, from the event's day on. Recording it"
              + " twice changes nothing. Staff only.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AttendanceInputDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "The registration, now attended",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegistrantDto.class)))
  @APIResponse(responseCode = "400", description = "registration is missing or not a UUID")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such event, or no such registration")
  @APIResponse(
      responseCode = "409",
      description = "Before the event's day, or the registration is not confirmed")
  public Response recordAttendance(
      @Parameter(description = ID, schema = @Schema(format = "uuid")) @PathParam("id") String id,
      @Parameter(hidden = true) InputStream body) {
    Actor actor = actor();
    requireStaff(actor);
    EventId event = EventResource.eventId(id);
    InquiryJson json = InquiryJson.read(body, 1_000);
    Optional<RegistrationId> registration =
        json.parsed(
            "registration",
            json.requiredString("registration", "must be a registration id (UUID)"),
            RegistrationId::parse,
            "must be a registration id (UUID)");
    json.done();
    Registration recorded = attendance.checkAttendance(actor, event, registration.orElseThrow());
    return Response.ok(RegistrantDto.from(recorded)).cacheControl(PrivateAnswers.noStore()).build();
  }

  /** Refused before the body is read, so a visitor learns nothing from validation messages. */
  private static void requireStaff(Actor actor) {
    if (actor.kind() != Actor.Kind.PERSON || !(actor.has(Role.STAFF) || actor.has(Role.ADMIN))) {
      throw new AccessDeniedException("only staff manage events");
    }
  }

  private Actor actor() {
    return CallerActor.of(security);
  }

  static String etag(Event event) {
    return EntityTags.strong("event", event.id().toString(), Long.toString(event.version()));
  }

  private static Response answer(Response.ResponseBuilder builder, Event event) {
    return builder
        .entity(StaffEventDto.from(event))
        .header(HttpHeaders.ETAG, etag(event))
        .cacheControl(PrivateAnswers.noStore())
        .build();
  }

  private static Response stale(UriInfo uri) {
    return ProblemResponses.of(
        Response.Status.PRECONDITION_FAILED,
        ProblemType.STALE_VERSION,
        "Precondition Failed",
        "The event changed since you read it. GET it again, reapply your change, and send the"
            + " new ETag.",
        uri,
        List.of(new InvalidParam(EntityTags.IF_MATCH, "must be the event's current ETag")));
  }

  private static String path(UriInfo uri, EventId id) {
    return EventResource.basePath(uri) + "staff/events/" + id;
  }
}
