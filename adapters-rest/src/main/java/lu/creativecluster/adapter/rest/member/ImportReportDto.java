package lu.creativecluster.adapter.rest.member;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import lu.creativecluster.application.port.in.member.ImportDuplicate;
import lu.creativecluster.application.port.in.member.ImportError;
import lu.creativecluster.application.port.in.member.ImportReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** REST DTO: what a member import found (dry run) or did. */
@Schema(name = "MemberImportReport", description = "What a member import found or did")
@JsonbPropertyOrder({"dryRun", "valid", "rows", "applied", "slugs", "errors", "duplicates"})
public record ImportReportDto(
    @Schema(description = "Whether this was a dry run (nothing changed)") boolean dryRun,
    @Schema(description = "Whether no row has an error, so a real import would apply them all")
        boolean valid,
    @Schema(description = "Data rows read") int rows,
    @Schema(description = "Members created (0 for a dry run or a file with errors)") int applied,
    @Schema(description = "The slug each row got or would get, in row order; empty for bad rows")
        List<String> slugs,
    @Schema(description = "Why rows cannot be imported") List<ErrorDto> errors,
    @Schema(description = "Rows that probably describe a member already known")
        List<DuplicateDto> duplicates) {

  /** One problem with a cell (or a whole row when the column is empty). */
  @Schema(name = "MemberImportError")
  @JsonbPropertyOrder({"row", "column", "code", "detail"})
  public record ErrorDto(
      @Schema(description = "Row as a spreadsheet numbers it; the header is row 1", example = "3")
          int row,
      @Schema(description = "Column header; empty for the whole row", example = "primary_sector")
          String column,
      @Schema(description = "Stable code of the problem", example = "import.sector.unknown")
          String code,
      @Schema(description = "The problem in English", example = "no sector pottery")
          String detail) {

    static ErrorDto from(ImportError e) {
      return new ErrorDto(e.row(), e.column(), e.messageKey(), e.detail());
    }
  }

  /** A row that resembles an existing member or an earlier row. */
  @Schema(name = "MemberImportDuplicate")
  @JsonbPropertyOrder({"row", "displayName", "existingSlug", "earlierRow", "otherName", "reasons"})
  public record DuplicateDto(
      @Schema(description = "The row") int row,
      @Schema(description = "The row's display name") String displayName,
      @Schema(description = "The existing member it resembles, if any", nullable = true)
          String existingSlug,
      @Schema(description = "The earlier row it resembles, if any", nullable = true)
          Integer earlierRow,
      @Schema(description = "The other record's display name") String otherName,
      @Schema(description = "Why they look alike: SAME_EMAIL, SAME_WEBSITE, SIMILAR_NAME")
          List<String> reasons) {

    static DuplicateDto from(ImportDuplicate d) {
      return new DuplicateDto(
          d.row(),
          d.displayName(),
          d.existingSlug().orElse(null),
          d.earlierRow().orElse(null),
          d.otherName(),
          d.reasons().stream().map(Enum::name).sorted().toList());
    }
  }

  static ImportReportDto from(ImportReport report) {
    return new ImportReportDto(
        report.dryRun(),
        report.valid(),
        report.rows(),
        report.applied(),
        report.slugs(),
        report.errors().stream().map(ErrorDto::from).toList(),
        report.duplicates().stream().map(DuplicateDto::from).toList());
  }
}
