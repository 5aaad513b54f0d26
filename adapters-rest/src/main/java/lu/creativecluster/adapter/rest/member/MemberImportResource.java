package lu.creativecluster.adapter.rest.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import lu.creativecluster.adapter.rest.access.CallerActor;
import lu.creativecluster.adapter.rest.access.PrivateAnswers;
import lu.creativecluster.adapter.rest.problem.InvalidParam;
import lu.creativecluster.adapter.rest.problem.InvalidRequestParameterException;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.member.ImportMembersCommand;
import lu.creativecluster.application.port.in.member.ImportMembersUseCase;
import lu.creativecluster.application.port.in.member.ImportReport;
import lu.creativecluster.application.port.in.member.MalformedImportFileException;
import lu.creativecluster.domain.access.Actor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: staff import members from a CSV file, with a dry run first. The body is the file
 * itself ({@code text/csv}); a signed-in staff session authorises the call.
 */
@Path("members/import")
@RequestScoped
@Tag(name = MemberData.TAG, description = MemberData.TAG_DESCRIPTION)
public class MemberImportResource {

  static final String MALFORMED_FILE = "urn:creative-cluster:problem:malformed-import-file";
  static final String ROWS_REFUSED = "urn:creative-cluster:problem:import-rows-refused";

  // Field injection: RESTEasy requires a public constructor it can call itself.
  @Inject ImportMembersUseCase importMembers;

  @POST
  @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "importMembers",
      summary = "Import members from CSV (staff)",
      description =
          "The body is a UTF-8 CSV file with a header row naming the documented columns (see the"
              + " README, 'Member import and export'), at most 2 MiB and 2,000 rows. With"
              + " dryRun=true (the default) every row is checked and nothing changes: the report"
              + " lists errors by row and column, and likely duplicates of existing members or"
              + " earlier rows. With dryRun=false all rows are imported in one transaction, or"
              + " none if any row has an error (422). Staff only: a signed-in staff session.")
  @RequestBody(
      required = true,
      description = "The CSV file",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "200",
      description = "The report: of the dry run, or of the import that applied every row",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportReportDto.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "The file cannot be read as CSV (not UTF-8, no header, an open quote, too many rows),"
              + " or dryRun is neither true nor false")
  @APIResponse(responseCode = "401", description = "Nobody is signed in")
  @APIResponse(responseCode = "403", description = "The caller is not staff")
  @APIResponse(responseCode = "413", description = "The file is larger than 2 MiB")
  @APIResponse(responseCode = "415", description = "The body is not text/csv")
  @APIResponse(
      responseCode = "422",
      description =
          "A real import refused because some rows have errors; nothing was imported. The"
              + " problem's invalidParams name each row and column")
  public Response importMembers(
      @Parameter(
              description = "true (default): check only; false: import",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
          @QueryParam("dryRun")
          String dryRun,
      @Parameter(hidden = true) InputStream body,
      @Parameter(hidden = true) @Context SecurityContext securityContext,
      @Parameter(hidden = true) @Context HttpServletRequest request,
      @Parameter(hidden = true) @Context UriInfo uriInfo) {
    Actor actor = CallerActor.of(securityContext);
    if (actor.kind() == Actor.Kind.VISITOR) {
      // Refused before the upload is read: nobody uploads 2 MiB only to learn they must sign in.
      throw new AccessDeniedException("only staff import members");
    }
    boolean dry = dryRun(dryRun);
    ImportReport report;
    try {
      byte[] content = MemberData.readAtMost(body, ImportMembersCommand.MAX_BYTES);
      report =
          importMembers.importMembers(
              new ImportMembersCommand(actor, content, dry, request.getRemoteAddr()));
    } catch (MalformedImportFileException e) {
      return malformed(e, uriInfo);
    } catch (IOException e) {
      return malformed(
          new MalformedImportFileException("import.file.unreadable", 0, "the upload broke off"),
          uriInfo);
    }
    if (!dry && !report.valid()) {
      List<InvalidParam> rows =
          report.errors().stream()
              .map(
                  e ->
                      new InvalidParam(
                          "row " + e.row() + (e.column().isEmpty() ? "" : ", " + e.column()),
                          e.messageKey() + ": " + e.detail()))
              .toList();
      return ProblemResponses.of(
          MemberData.UNPROCESSABLE,
          ROWS_REFUSED,
          "Rows refused",
          report.errors().size() + " errors; nothing was imported. Fix them and try again.",
          uriInfo,
          rows);
    }
    return Response.ok(ImportReportDto.from(report)).cacheControl(PrivateAnswers.noStore()).build();
  }

  private static boolean dryRun(String value) {
    if (value == null || value.isBlank() || value.equals("true")) {
      return true;
    }
    if (value.equals("false")) {
      return false;
    }
    throw new InvalidRequestParameterException("dryRun", "must be true or false");
  }

  private static Response malformed(MalformedImportFileException e, UriInfo uriInfo) {
    boolean tooLarge = MalformedImportFileException.TOO_LARGE.equals(e.messageKey());
    String where = e.line() > 0 ? "line " + e.line() : "file";
    return ProblemResponses.of(
        tooLarge ? Response.Status.REQUEST_ENTITY_TOO_LARGE : Response.Status.BAD_REQUEST,
        MALFORMED_FILE,
        tooLarge ? "File too large" : "Unreadable CSV file",
        e.getMessage(),
        uriInfo,
        List.of(new InvalidParam(where, e.messageKey())));
  }
}
