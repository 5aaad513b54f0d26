package lu.creativecluster.adapter.rest.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lu.creativecluster.adapter.rest.access.CallerActor;
import lu.creativecluster.adapter.rest.access.PrivateAnswers;
import lu.creativecluster.adapter.rest.problem.InvalidRequestParameterException;
import lu.creativecluster.application.port.in.member.ExportMembersUseCase;
import lu.creativecluster.application.port.in.member.MemberColumn;
import lu.creativecluster.application.port.in.member.MemberCsv;
import lu.creativecluster.application.port.in.member.MemberDirectoryExport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: the member directory as a CSV or JSON download. Staff get every record with every
 * column, in the format the import reads back; everyone else the active members' public fields.
 */
@Path("members/export")
@RequestScoped
@Tag(name = MemberData.TAG, description = MemberData.TAG_DESCRIPTION)
public class MemberExportResource {

  static final String TEXT_CSV = "text/csv";

  /** Columns JSON writes as true or false rather than as text. */
  private static final Set<MemberColumn> BOOLEANS =
      Set.of(MemberColumn.WANTS_EXPORT_HELP, MemberColumn.SHOW_EMAIL, MemberColumn.SHOW_PHONE);

  // Field injection: RESTEasy requires a public constructor it can call itself.
  @Inject ExportMembersUseCase exportMembers;

  @GET
  @Operation(
      operationId = "exportMembers",
      summary = "Export the member directory as CSV or JSON",
      description =
          "Staff (a signed-in staff session) get every member that is a record of its own"
              + " (applied, active, suspended, left, rejected) with every column, including"
              + " private ones; the CSV imports again as it is. Everyone else gets the active"
              + " members' public columns; e-mail and phone only where the member agreed to show"
              + " them. Columns are those of the import (README, 'Member import and export');"
              + " JSON has one object per member with the same names, list columns as arrays."
              + " CSV cells that a spreadsheet would run as a formula start with an apostrophe.")
  @APIResponse(
      responseCode = "200",
      description = "The directory, ordered by slug",
      headers =
          @Header(
              name = "Content-Disposition",
              description = "attachment; filename=members.csv (or .json)",
              schema = @Schema(type = SchemaType.STRING)),
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema =
                @Schema(
                    type = SchemaType.ARRAY,
                    implementation = Object.class,
                    description = "One object per member, keyed by column name")),
        @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING))
      })
  @APIResponse(responseCode = "400", description = "format is neither csv nor json")
  public Response export(
      @Parameter(
              description = "csv or json (default)",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"csv", "json"},
                      defaultValue = "json"))
          @QueryParam("format")
          String format,
      @Parameter(hidden = true) @Context SecurityContext securityContext,
      @Parameter(hidden = true) @Context HttpServletRequest request) {
    boolean csv = csv(format);
    MemberDirectoryExport export =
        exportMembers.export(CallerActor.of(securityContext), request.getRemoteAddr());
    Response.ResponseBuilder answer =
        csv
            ? Response.ok(MemberCsv.write(export), TEXT_CSV + ";charset=UTF-8")
            : Response.ok(json(export), MediaType.APPLICATION_JSON);
    return answer
        .header(
            "Content-Disposition",
            "attachment; filename=\"members" + (csv ? ".csv" : ".json") + "\"")
        .cacheControl(PrivateAnswers.noStore())
        .build();
  }

  private static boolean csv(String format) {
    if (format == null || format.isBlank() || format.equals("json")) {
      return false;
    }
    if (format.equals("csv")) {
      return true;
    }
    throw new InvalidRequestParameterException("format", "must be csv or json");
  }

  /** One object per member: list columns as arrays, yes/no columns as booleans, absent left out. */
  static List<Map<String, Object>> json(MemberDirectoryExport export) {
    List<Map<String, Object>> members = new ArrayList<>();
    for (Map<MemberColumn, List<String>> row : export.rows()) {
      Map<String, Object> member = new LinkedHashMap<>();
      for (MemberColumn column : export.columns()) {
        List<String> values = row.get(column);
        if (column.isList()) {
          member.put(column.header(), values);
        } else if (BOOLEANS.contains(column)) {
          member.put(column.header(), !values.isEmpty() && Boolean.parseBoolean(values.get(0)));
        } else if (!values.isEmpty()) {
          member.put(column.header(), values.get(0));
        }
      }
      members.add(member);
    }
    return members;
  }
}
