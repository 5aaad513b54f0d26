package lu.creativecluster.adapter.rest.event;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import lu.creativecluster.adapter.rest.calendar.CalendarWriter;
import lu.creativecluster.adapter.rest.language.LanguageNegotiation;
import lu.creativecluster.application.port.in.event.ListEventsUseCase;
import lu.creativecluster.domain.shared.Language;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: the feed of upcoming events to subscribe to. A class of its own, so its literal
 * path is matched before the event resource's {@code {id}} by the JAX-RS class matching, not left
 * to the order of one class's methods.
 */
@Path("events/calendar.ics")
@RequestScoped
@Tag(name = "Events")
public class EventFeedResource {

  private static final String LANG_DESCRIPTION =
      "Language of the texts (de, fr, en). Overrides Accept-Language; default en.";

  @Inject ListEventsUseCase listEvents;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "cluster.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @GET
  @Produces(CalendarWriter.MEDIA_TYPE)
  @Operation(
      operationId = "getEventsCalendar",
      summary = "The upcoming events as a calendar feed",
      description =
          "An RFC 5545 calendar to subscribe to: every upcoming event, with times in"
              + " Europe/Luxembourg (VTIMEZONE included). Each event keeps its UID, and its"
              + " SEQUENCE grows with every change, so calendars update their entries.")
  @APIResponse(
      responseCode = "200",
      description = "The calendar",
      content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "400", description = "Unsupported language in ?lang=")
  public Response feed(
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
        EventCalendar.feed(
            listEvents.upcoming(),
            "Creative Cluster",
            language,
            EventResource.site(publicUrl),
            clock.instant());
    return Response.ok(ics, CalendarWriter.MEDIA_TYPE)
        .language(language.locale())
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
        .header("Content-Disposition", "inline; filename=\"events.ics\"")
        .build();
  }
}
