package lu.creativecluster.adapter.rest.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import lu.creativecluster.adapter.rest.RestApplication;
import lu.creativecluster.adapter.rest.access.CallerActor;
import lu.creativecluster.adapter.rest.access.PrivateAnswers;
import lu.creativecluster.adapter.rest.list.ListEnvelope;
import lu.creativecluster.adapter.rest.list.PageDto;
import lu.creativecluster.adapter.rest.list.PagingLinks;
import lu.creativecluster.application.port.in.audit.AuditLogQuery;
import lu.creativecluster.application.port.in.audit.ReadAuditLogUseCase;
import lu.creativecluster.domain.audit.AuditEvent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** REST adapter: the audit log, for admins and partner systems with scope audit:read. */
@Path("audit-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditEventResource {

  // Field injection: RESTEasy requires a public constructor it can call itself.
  @Inject ReadAuditLogUseCase readAuditLog;

  @GET
  @Operation(
      operationId = "listAuditEvents",
      summary = "Read the audit log",
      description =
          "Who did what and when, newest first: sign-ins and failed sign-ins, staff and admin"
              + " actions, partner calls that changed data. Page backwards with ?before= set to"
              + " the `at` of the last entry (the Link header rel=\"next\" does it for you)."
              + " Paged by that cursor, the answer's page has no number and no totals.")
  @SecurityRequirement(name = RestApplication.PARTNER_TOKEN, scopes = ReadAuditLogUseCase.SCOPE)
  @APIResponse(
      responseCode = "200",
      description = "A page of the audit log, newest first",
      headers =
          @Header(
              name = PagingLinks.HEADER,
              description =
                  "rel=\"next\": the next, older page, when this one is full (a relative"
                      + " reference)",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AuditEventList.class)))
  @APIResponse(responseCode = "400", description = "limit or before cannot be read")
  @APIResponse(
      responseCode = "403",
      description = "The token lacks scope audit:read, or the person is not an admin")
  public Response list(
      @Parameter(
              description = "How many entries, 1 to " + AuditLogQuery.MAX_LIMIT + "; default 50",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500"))
          @QueryParam(AuditLogParameters.LIMIT)
          String limit,
      @Parameter(
              description = "Only entries strictly older than this ISO-8601 instant",
              example = "2026-03-01T09:00:00Z")
          @QueryParam(AuditLogParameters.BEFORE)
          String before,
      @Parameter(hidden = true) @Context SecurityContext securityContext,
      @Parameter(hidden = true) @Context UriInfo uriInfo) {
    AuditLogQuery query = AuditLogParameters.query(CallerActor.of(securityContext), limit, before);
    List<AuditEvent> events = readAuditLog.read(query);
    Response.ResponseBuilder answer =
        Response.ok(
                ListEnvelope.of(
                    events.stream().map(AuditEventDto::from).toList(),
                    PageDto.byCursor(query.limit())))
            .cacheControl(PrivateAnswers.noStore());
    if (events.size() == query.limit()) {
      answer.header(PagingLinks.HEADER, nextPage(uriInfo, query, events.get(events.size() - 1)));
    }
    return answer.build();
  }

  private static String nextPage(UriInfo uriInfo, AuditLogQuery query, AuditEvent last) {
    return PagingLinks.next(
        uriInfo,
        Map.of(
            AuditLogParameters.LIMIT,
            Integer.toString(query.limit()),
            AuditLogParameters.BEFORE,
            last.at().toString()));
  }
}
