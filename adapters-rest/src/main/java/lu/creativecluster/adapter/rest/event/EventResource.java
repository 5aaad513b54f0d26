package lu.creativecluster.adapter.rest.event;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.adapter.rest.access.CallerActor;
import lu.creativecluster.adapter.rest.access.PrivateAnswers;
import lu.creativecluster.adapter.rest.calendar.CalendarWriter;
import lu.creativecluster.adapter.rest.event.EventDtos.CancelledDto;
import lu.creativecluster.adapter.rest.event.EventDtos.EventDto;
import lu.creativecluster.adapter.rest.event.EventDtos.RegisteredDto;
import lu.creativecluster.adapter.rest.event.EventDtos.RegistrationInputDto;
import lu.creativecluster.adapter.rest.inquiry.InquiryJson;
import lu.creativecluster.adapter.rest.language.LanguageNegotiation;
import lu.creativecluster.adapter.rest.list.ListEnvelope;
import lu.creativecluster.adapter.rest.list.PageDto;
import lu.creativecluster.adapter.rest.list.PagingLinks;
import lu.creativecluster.application.port.in.event.CancelRegistrationUseCase;
import lu.creativecluster.application.port.in.event.CancellationResult;
import lu.creativecluster.application.port.in.event.EventListQuery;
import lu.creativecluster.application.port.in.event.EventNotFoundException;
import lu.creativecluster.application.port.in.event.ListEventsUseCase;
import lu.creativecluster.application.port.in.event.RegisterForEventCommand;
import lu.creativecluster.application.port.in.event.RegisterForEventUseCase;
import lu.creativecluster.application.port.in.event.RegistrationReceipt;
import lu.creativecluster.domain.event.EventId;
import lu.creativecluster.domain.event.Registrant;
import lu.creativecluster.domain.event.RegistrationRefusedException;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
 * REST adapter: the cluster's events for everyone: the list (upcoming or past), one event, their
 * iCalendar files, registering (a seat or the waiting list) and cancelling by the private token of
 * the confirmation mail. Lists and calendars hold nobody's registration.
 */
@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventResource {

  static final int MAX_REGISTRATION_CHARS = 2_000;

  /** Tokens are 43 characters; anything much longer is no token and is not even hashed. */
  static final int MAX_TOKEN_LENGTH = 128;

  private static final String LANG_DESCRIPTION =
      "Language of the texts (de, fr, en). Overrides Accept-Language; default en.";
  private static final String ID_DESCRIPTION = "The event's id, as the list gives it";
  private static final String LANGUAGES = "must be one of: de, fr, en";

  // Field injection: RESTEasy requires a public constructor it can call itself.
  @Inject ListEventsUseCase listEvents;
  @Inject RegisterForEventUseCase register;
  @Inject CancelRegistrationUseCase cancel;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "cluster.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @GET
  @Operation(
      operationId = "listEvents",
      summary = "List the cluster's events",
      description =
          "Upcoming events (not ended yet), soonest first; with past=true the events that have"
              + " ended, latest first. An event matches a day range when it runs on at least one"
              + " of its days (Luxembourg time). Link headers (RFC 8288) lead to the other pages.")
  @APIResponse(
      responseCode = "200",
      description = "A page of events",
      headers =
          @Header(
              name = PagingLinks.HEADER,
              description = "rel=\"first\", \"prev\", \"next\", \"last\"",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EventListSchema.class)))
  @APIResponse(
      responseCode = "400",
      description = "A parameter is malformed, unknown or out of range; invalidParams names it")
  public Response list(
      @Parameter(
              description = "Kind of event",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"networking", "workshop", "afterwork", "conference", "fair"}))
          @QueryParam(EventParameters.KIND)
          String kind,
      @Parameter(
              description = "Events running on or after this day (YYYY-MM-DD)",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam(EventParameters.FROM)
          String from,
      @Parameter(
              description = "Events running on or before this day (YYYY-MM-DD)",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam(EventParameters.TO)
          String to,
      @Parameter(
              description = "true: events that have ended, latest first",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam(EventParameters.PAST)
          String past,
      @Parameter(
              description = "Page number, from 0",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "0",
                      maximum = "10000",
                      defaultValue = "0"))
          @QueryParam(EventParameters.PAGE)
          String page,
      @Parameter(
              description = "Events per page",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "100",
                      defaultValue = "20"))
          @QueryParam(EventParameters.SIZE)
          String size,
      @Parameter(
              description = LANG_DESCRIPTION,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"de", "fr", "en"}))
          @QueryParam(LanguageNegotiation.PARAMETER)
          String lang,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
      @Parameter(hidden = true) @Context UriInfo uriInfo) {
    Language language = LanguageNegotiation.choose(lang, acceptLanguage);
    EventListQuery query = EventParameters.read(uriInfo.getQueryParameters());
    var result = listEvents.list(query);
    String base = basePath(uriInfo);
    var body =
        ListEnvelope.of(
            result.items().stream().map(e -> EventDto.from(e, language, base)).toList(),
            PageDto.of(result.page()));
    return Response.ok(body)
        .header(
            PagingLinks.HEADER, PagingLinks.numbered(uriInfo, EventParameters.PAGE, result.page()))
        .language(language.locale())
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getEvent",
      summary = "Read one event",
      description = "One event with its description and the seats left; nobody's registration.")
  @APIResponse(
      responseCode = "200",
      description = "The event",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EventDto.class)))
  @APIResponse(responseCode = "400", description = "Unsupported language in ?lang=")
  @APIResponse(responseCode = "404", description = "No event with this id")
  public Response show(
      @Parameter(description = ID_DESCRIPTION, schema = @Schema(format = "uuid")) @PathParam("id")
          String id,
      @Parameter(
              description = LANG_DESCRIPTION,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"de", "fr", "en"}))
          @QueryParam(LanguageNegotiation.PARAMETER)
          String lang,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
      @Parameter(hidden = true) @Context UriInfo uriInfo) {
    Language language = LanguageNegotiation.choose(lang, acceptLanguage);
    return Response.ok(EventDto.from(listEvents.show(eventId(id)), language, basePath(uriInfo)))
        .language(language.locale())
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
        .build();
  }

  @GET
  @Path("{id}/calendar.ics")
  @Produces(CalendarWriter.MEDIA_TYPE)
  @Operation(
      operationId = "getEventCalendar",
      summary = "One event as a calendar file",
      description =
          "An RFC 5545 calendar with the event, times in Europe/Luxembourg (VTIMEZONE included);"
              + " the same UID as in the feed.")
  @APIResponse(
      responseCode = "200",
      description = "The calendar",
      content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "400", description = "Unsupported language in ?lang=")
  @APIResponse(responseCode = "404", description = "No event with this id")
  public Response calendar(
      @Parameter(description = ID_DESCRIPTION, schema = @Schema(format = "uuid")) @PathParam("id")
          String id,
      @Parameter(
              description = LANG_DESCRIPTION,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"de", "fr", "en"}))
          @QueryParam(LanguageNegotiation.PARAMETER)
          String lang,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    Language language = LanguageNegotiation.choose(lang, acceptLanguage);
    String ics =
        EventCalendar.single(listEvents.show(eventId(id)), language, site(), clock.instant());
    return calendarAnswer(ics, language, "event.ics");
  }

  @POST
  @Path("{id}/registrations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "registerForEvent",
      summary = "Register for an event",
      description =
          "A seat if one is free, else a place at the end of the waiting list; the confirmation"
              + " or waiting-list mail, with the private cancellation link, is queued in the same"
              + " transaction. Members-only events need a signed-in member. One address (or"
              + " account) registers once; after the deadline nobody does. A refused body stores"
              + " and sends nothing.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegistrationInputDto.class)))
  @APIResponse(
      responseCode = "201",
      description = "Registered; the body says whether with a seat or waiting",
      headers =
          @Header(
              name = HttpHeaders.LOCATION,
              description = "The cancellation address (DELETE it to cancel)",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegisteredDto.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields; invalidParams names each")
  @APIResponse(responseCode = "403", description = "The event is for members")
  @APIResponse(responseCode = "404", description = "No event with this id")
  @APIResponse(
      responseCode = "409",
      description = "Registered already, or the registration deadline has passed")
  @APIResponse(responseCode = "413", description = "The body is over 2,000 characters")
  @APIResponse(responseCode = "415", description = "The body is not application/json")
  public Response register(
      @Parameter(description = ID_DESCRIPTION, schema = @Schema(format = "uuid")) @PathParam("id")
          String id,
      @Parameter(hidden = true) InputStream body,
      @Parameter(hidden = true) @Context SecurityContext securityContext,
      @Parameter(hidden = true) @Context UriInfo uriInfo) {
    EventId event = eventId(id);
    InquiryJson json = InquiryJson.read(body, MAX_REGISTRATION_CHARS);
    String name = json.requiredString("name", "must be your name, one line");
    if (name != null) {
      try {
        Registrant.guest(name, new Email("check@example.org"), Language.DEFAULT);
      } catch (IllegalArgumentException invalid) {
        json.error("name", "must be one line of at most " + Registrant.MAX_NAME + " characters");
      }
    }
    Optional<Email> email =
        json.parsed(
            "email",
            json.requiredString("email", "must be an e-mail address"),
            Email::new,
            "must be an e-mail address");
    Optional<Language> language =
        json.parsed(
            "language",
            json.requiredString("language", LANGUAGES),
            c -> Set.of("de", "fr", "en").contains(c) ? Language.fromTag(c).orElseThrow() : null,
            LANGUAGES);
    if (language.isEmpty() && !json.hasError("language")) {
      json.error("language", LANGUAGES);
    }
    json.done();
    RegistrationReceipt receipt =
        register.register(
            new RegisterForEventCommand(
                CallerActor.of(securityContext),
                event,
                name,
                email.orElseThrow(),
                language.orElseThrow()));
    RegisteredDto answer = RegisteredDto.from(receipt, basePath(uriInfo));
    return Response.created(URI.create(answer.cancellation()))
        .cacheControl(PrivateAnswers.noStore())
        .entity(answer)
        .build();
  }

  @DELETE
  @Path("registrations/{token}")
  @Operation(
      operationId = "cancelEventRegistration",
      summary = "Cancel a registration by its private token",
      description =
          "The token of the confirmation mail (or of the registration's answer) is the only key."
              + " If the registration held a seat, the first person on the waiting list takes it"
              + " and is told by mail. Events that have begun are no longer cancelled.")
  @APIResponse(
      responseCode = "200",
      description = "Cancelled",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CancelledDto.class)))
  @APIResponse(responseCode = "404", description = "No registration has this token")
  @APIResponse(responseCode = "409", description = "Cancelled already, or the event has begun")
  public Response cancel(
      @Parameter(
              description = "The private cancellation token",
              example = "q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c")
          @PathParam("token")
          String token) {
    if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      throw new RegistrationRefusedException(
          RegistrationRefusedException.Reason.UNKNOWN_REGISTRATION);
    }
    CancellationResult result = cancel.cancel(token);
    return Response.ok(
            new CancelledDto(
                result.event().toString(),
                result.cancelled().status().code(),
                result.promoted().isPresent()))
        .cacheControl(PrivateAnswers.noStore())
        .build();
  }

  private Response calendarAnswer(String ics, Language language, String filename) {
    return Response.ok(ics, CalendarWriter.MEDIA_TYPE)
        .language(language.locale())
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
        .header("Content-Disposition", "inline; filename=\"" + filename + "\"")
        .build();
  }

  private String site() {
    return site(publicUrl);
  }

  static String site(String publicUrl) {
    String url = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl;
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** Relative to this server, never built from the Host header. */
  static String basePath(UriInfo uri) {
    String base = uri == null ? "/api/v1/" : uri.getBaseUri().getRawPath();
    return base.endsWith("/") ? base : base + "/";
  }

  /** A path that is no event id names no event: 404, as for an id that does not exist. */
  static EventId eventId(String id) {
    try {
      return EventId.parse(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new EventNotFoundException(String.valueOf(id));
    }
  }
}
