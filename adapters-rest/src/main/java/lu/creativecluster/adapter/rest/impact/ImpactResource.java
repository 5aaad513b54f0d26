package lu.creativecluster.adapter.rest.impact;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import lu.creativecluster.adapter.rest.access.CallerActor;
import lu.creativecluster.adapter.rest.access.PrivateAnswers;
import lu.creativecluster.adapter.rest.problem.InvalidRequestParameterException;
import lu.creativecluster.application.port.in.impact.ImpactPeriod;
import lu.creativecluster.application.port.in.impact.ImpactReport;
import lu.creativecluster.application.port.in.impact.ShowImpactUseCase;
import lu.creativecluster.domain.access.Actor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: the impact figures for the ministry and anyone else, as JSON or (Accept: text/csv)
 * CSV. Public figures for anyone; the non-public ones for staff and tokens with {@code stats:read}.
 */
@Path("impact")
@RequestScoped
@Tag(name = "Impact")
public class ImpactResource {

  static final String CSV = "text/csv";
  private static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");

  // Field injection: RESTEasy requires a public constructor it can call itself.
  @Inject ShowImpactUseCase impact;
  @Inject Clock clock;

  @GET
  @Produces({MediaType.APPLICATION_JSON, CSV})
  @Operation(
      operationId = "getImpact",
      summary = "The impact figures of a period",
      description =
          "Members, community, inquiries, projects (and progress to the yearly goal), missions,"
              + " partner organisations, events and the site's reach over [from, to] (days in"
              + " Luxembourg time, both included), with the same figures for each calendar year"
              + " of it. Give year, or from and to, or nothing for the current year; at most 20"
              + " years. JSON, or CSV with Accept: text/csv (one row per year and a total row)."
              + " Staff and tokens with stats:read also get the confidential projects' volume"
              + " and the projects by name. Figures are recounted at most every 60 s.")
  @APIResponse(
      responseCode = "200",
      description = "The figures",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImpactDto.class)),
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))
      })
  @APIResponse(
      responseCode = "400",
      description =
          "year, from or to is malformed, or the period is invalid; invalidParams names it")
  public Response impact(
      @Parameter(
              description = "A calendar year (instead of from and to)",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
          @QueryParam("year")
          String year,
      @Parameter(
              description = "First day (YYYY-MM-DD), with to",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "Last day (YYYY-MM-DD), with from",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("to")
          String to,
      @Parameter(hidden = true) @Context HttpHeaders headers,
      @Parameter(hidden = true) @Context UriInfo uriInfo,
      @Parameter(hidden = true) @Context SecurityContext securityContext) {
    ImpactPeriod period = period(uriInfo, LocalDate.now(clock.withZone(LUXEMBOURG)));
    Actor actor = CallerActor.of(securityContext);
    ImpactReport report = impact.report(actor, period);
    Response.ResponseBuilder answer =
        wantsCsv(headers.getAcceptableMediaTypes())
            ? Response.ok(ImpactCsv.write(report), CSV + "; charset=UTF-8; header=present")
                .header(
                    "Content-Disposition",
                    "attachment; filename=\"impact-" + period.from() + "-" + period.to() + ".csv\"")
            : Response.ok(ImpactDto.from(report), MediaType.APPLICATION_JSON);
    answer.header(HttpHeaders.VARY, "Accept, Authorization, Cookie");
    if (report.full()) {
      answer.cacheControl(PrivateAnswers.noStore());
    } else {
      CacheControl cache = new CacheControl();
      cache.setMaxAge(60);
      cache.setNoTransform(false);
      answer.cacheControl(cache);
    }
    return answer.build();
  }

  /** The first acceptable type that either form satisfies decides; a wildcard means JSON. */
  static boolean wantsCsv(List<MediaType> acceptable) {
    MediaType csv = new MediaType("text", "csv");
    for (MediaType type : acceptable) {
      if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return false;
      }
      if (type.isCompatible(csv)) {
        return true;
      }
    }
    return false;
  }

  static ImpactPeriod period(UriInfo uriInfo, LocalDate today) {
    var q = uriInfo.getQueryParameters();
    Optional<String> year = single(q.get("year"), "year");
    Optional<String> from = single(q.get("from"), "from");
    Optional<String> to = single(q.get("to"), "to");
    if (year.isPresent()) {
      if (from.isPresent() || to.isPresent()) {
        throw new InvalidRequestParameterException("year", "give either year or from and to");
      }
      String text = year.get().strip();
      if (!text.matches("\\d{4}")
          || Integer.parseInt(text) < 2000
          || Integer.parseInt(text) > 2100) {
        throw new InvalidRequestParameterException("year", "must be a year from 2000 to 2100");
      }
      return ImpactPeriod.ofYear(Integer.parseInt(text));
    }
    if (from.isEmpty() && to.isEmpty()) {
      return ImpactPeriod.ofYear(today.getYear());
    }
    if (from.isEmpty()) {
      throw new InvalidRequestParameterException("from", "is required with to");
    }
    if (to.isEmpty()) {
      throw new InvalidRequestParameterException("to", "is required with from");
    }
    LocalDate start = day("from", from.get());
    LocalDate end = day("to", to.get());
    if (end.isBefore(start)) {
      throw new InvalidRequestParameterException("to", "must be on or after from");
    }
    try {
      return new ImpactPeriod(start, end);
    } catch (IllegalArgumentException tooLong) {
      throw new InvalidRequestParameterException("to", tooLong.getMessage());
    }
  }

  private static Optional<String> single(List<String> values, String name) {
    if (values == null || values.isEmpty()) {
      return Optional.empty();
    }
    if (values.size() > 1) {
      throw new InvalidRequestParameterException(name, "may be given once");
    }
    if (values.get(0) == null || values.get(0).isBlank()) {
      throw new InvalidRequestParameterException(name, "must not be empty");
    }
    return Optional.of(values.get(0));
  }

  private static LocalDate day(String name, String value) {
    String text = value.strip();
    try {
      if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate day = LocalDate.parse(text);
        if (day.getYear() >= 2000 && day.getYear() <= 2100) {
          return day;
        }
      }
    } catch (DateTimeParseException e) {
      // answered below
    }
    throw new InvalidRequestParameterException(
        name, "must be a day as YYYY-MM-DD, from 2000 to 2100");
  }
}
