package lu.creativecluster.adapter.rest.cooperation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lu.creativecluster.adapter.rest.access.CallerActor;
import lu.creativecluster.adapter.rest.access.PrivateAnswers;
import lu.creativecluster.adapter.rest.language.LanguageNegotiation;
import lu.creativecluster.adapter.rest.list.ListEnvelope;
import lu.creativecluster.adapter.rest.list.PageDto;
import lu.creativecluster.adapter.rest.list.PagingLinks;
import lu.creativecluster.application.port.in.mission.ListMissionsUseCase;
import lu.creativecluster.application.port.in.mission.MissionCalendarUseCase;
import lu.creativecluster.application.port.in.mission.MissionListQuery;
import lu.creativecluster.application.port.in.mission.MissionNotFoundException;
import lu.creativecluster.application.port.in.sector.ListSectorsUseCase;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.mission.MissionStatus;
import lu.creativecluster.domain.sector.Sector;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: the cluster's missions abroad, public (planned missions are drafts that staff alone
 * see, and their answers are never stored by caches).
 */
@Path("missions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cooperation")
public class MissionResource {

  private static final String LANG_DESCRIPTION =
      "Language of the texts (de, fr, en). Overrides Accept-Language; default en.";
  private static final String ID_DESCRIPTION = "The mission's id, as the list gives it";

  // Field injection: RESTEasy requires a public constructor it can call itself.
  @Inject ListMissionsUseCase listMissions;
  @Inject MissionCalendarUseCase calendar;
  @Inject ListSectorsUseCase listSectors;

  @GET
  @Operation(
      operationId = "listMissions",
      summary = "List the missions abroad",
      description =
          "Missions (state visits, economic missions, trade fairs, study trips, B2B matchmaking)"
              + " matching every filter given, soonest first (order=latest: latest first, for past"
              + " missions). A mission matches a date range when it runs on at least one of its"
              + " days. Planned missions are drafts: only staff see them. Link headers (RFC 8288)"
              + " lead to the other pages.")
  @APIResponse(
      responseCode = "200",
      description = "A page of missions",
      headers =
          @Header(
              name = PagingLinks.HEADER,
              description = "rel=\"first\", \"prev\", \"next\", \"last\"",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MissionList.class)))
  @APIResponse(
      responseCode = "400",
      description = "A parameter is malformed, unknown or out of range; invalidParams names it")
  public Response list(
      @Parameter(
              description =
                  "Status: open, closed, completed, cancelled (planned: staff only). Repeat for"
                      + " any of several.")
          @QueryParam(MissionParameters.STATUS)
          List<String> status,
      @Parameter(description = "Destination country, ISO 3166-1 alpha-2", example = "FR")
          @QueryParam(MissionParameters.COUNTRY)
          String country,
      @Parameter(description = "Sector code targeted (GET /api/v1/sectors)", example = "design")
          @QueryParam(MissionParameters.SECTOR)
          String sector,
      @Parameter(
              description = "Missions running on or after this day (YYYY-MM-DD)",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam(MissionParameters.FROM)
          String from,
      @Parameter(
              description = "Missions running on or before this day (YYYY-MM-DD)",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam(MissionParameters.TO)
          String to,
      @Parameter(
              description = "start: soonest first; latest: latest first",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"start", "latest"},
                      defaultValue = "start"))
          @QueryParam(MissionParameters.ORDER)
          String order,
      @Parameter(
              description = "Page number, from 0",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "0",
                      maximum = "10000",
                      defaultValue = "0"))
          @QueryParam(MissionParameters.PAGE)
          String page,
      @Parameter(
              description = "Missions per page",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "100",
                      defaultValue = "20"))
          @QueryParam(MissionParameters.SIZE)
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
      @Parameter(hidden = true) @Context SecurityContext securityContext,
      @Parameter(hidden = true) @Context UriInfo uriInfo) {
    Language language = LanguageNegotiation.choose(lang, acceptLanguage);
    Set<SectorCode> sectors =
        listSectors.listSectors().stream().map(Sector::code).collect(Collectors.toSet());
    MissionListQuery query =
        MissionParameters.read(uriInfo.getQueryParameters(), sectors::contains);
    Actor actor = CallerActor.of(securityContext);
    var result = listMissions.list(actor, query);
    var body =
        ListEnvelope.of(
            result.items().stream().map(m -> MissionSummaryDto.from(m, language)).toList(),
            PageDto.of(result.page()));
    Response.ResponseBuilder answer =
        Response.ok(body)
            .header(
                PagingLinks.HEADER,
                PagingLinks.numbered(uriInfo, MissionParameters.PAGE, result.page()))
            .language(language.locale())
            .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    if (result.items().stream().anyMatch(m -> m.status() == MissionStatus.PLANNED)) {
      answer.cacheControl(PrivateAnswers.noStore());
    }
    return answer.build();
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getMission",
      summary = "Read one mission",
      description =
          "One mission with its description and the participants who agreed to be listed"
              + " publicly.")
  @APIResponse(
      responseCode = "200",
      description = "The mission",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MissionDto.class)))
  @APIResponse(responseCode = "400", description = "Unsupported language in ?lang=")
  @APIResponse(
      responseCode = "404",
      description = "No mission with this id that the caller may see")
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
      @Parameter(hidden = true) @Context SecurityContext securityContext) {
    Language language = LanguageNegotiation.choose(lang, acceptLanguage);
    var view = listMissions.show(CallerActor.of(securityContext), missionId(id));
    Response.ResponseBuilder answer =
        Response.ok(MissionDto.from(view, language))
            .language(language.locale())
            .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    if (view.mission().status() == MissionStatus.PLANNED) {
      answer.cacheControl(PrivateAnswers.noStore());
    }
    return answer.build();
  }

  @GET
  @Path("{id}/calendar.ics")
  @Produces(ICalendar.MEDIA_TYPE)
  @Operation(
      operationId = "getMissionCalendar",
      summary = "The mission as a calendar entry",
      description =
          "An RFC 5545 calendar with one all-day event for the mission. Its UID stays the same"
              + " when the mission changes (SEQUENCE grows), so calendars update the entry; a"
              + " cancelled mission has STATUS:CANCELLED.")
  @APIResponse(
      responseCode = "200",
      description = "The calendar",
      content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "400", description = "Unsupported language in ?lang=")
  @APIResponse(
      responseCode = "404",
      description = "No mission with this id that the caller may see")
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
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
      @Parameter(hidden = true) @Context SecurityContext securityContext) {
    Language language = LanguageNegotiation.choose(lang, acceptLanguage);
    var entry = calendar.entry(CallerActor.of(securityContext), missionId(id), language);
    return Response.ok(ICalendar.write(entry), ICalendar.MEDIA_TYPE)
        .language(language.locale())
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
        .header("Content-Disposition", "inline; filename=\"mission.ics\"")
        .build();
  }

  /** A path that is no mission id names no mission: 404, as for an id that does not exist. */
  private static MissionId missionId(String id) {
    try {
      return MissionId.parse(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new MissionNotFoundException(String.valueOf(id));
    }
  }
}
