package lu.creativecluster.adapter.webui.memberdata;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import lu.creativecluster.adapter.webui.account.Viewer;
import lu.creativecluster.adapter.webui.site.Feedback;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.adapter.webui.site.Texts;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.member.ImportDuplicate;
import lu.creativecluster.application.port.in.member.ImportError;
import lu.creativecluster.application.port.in.member.ImportMembersCommand;
import lu.creativecluster.application.port.in.member.ImportMembersUseCase;
import lu.creativecluster.application.port.in.member.ImportReport;
import lu.creativecluster.application.port.in.member.MalformedImportFileException;

/**
 * Backing bean: staff import members from CSV on {@code /{lang}/staff/members/import}. The file's
 * content is pasted into the form (the platform takes no multipart uploads on its pages): "Check"
 * runs the dry run and shows each error and likely duplicate in the viewer's language; "Import"
 * applies every row, or none when the check finds an error.
 */
@Named("memberImport")
@RequestScoped
public class MemberImportForm {

  /** One problem as a table row shows it. */
  public record ErrorRow(int row, String column, String message) {}

  /** One likely duplicate as the report lists it. */
  public record DuplicateRow(int row, String name, String resembles, String reasons) {}

  private final ImportMembersUseCase importMembers;
  private final Viewer viewer;
  private final SiteContext site;
  private final Feedback feedback;
  private final HttpServletRequest request;
  private String csv;
  private ImportReport report;

  /** For CDI's client proxy only. */
  protected MemberImportForm() {
    this(null, null, null, null, null);
  }

  @Inject
  public MemberImportForm(
      ImportMembersUseCase importMembers,
      Viewer viewer,
      SiteContext site,
      Feedback feedback,
      HttpServletRequest request) {
    this.importMembers = importMembers;
    this.viewer = viewer;
    this.site = site;
    this.feedback = feedback;
    this.request = request;
  }

  public void check() {
    run(true)
        .ifPresent(
            r ->
                feedback.notice(
                    r.valid() ? "memberImport.checked" : "memberImport.checkedWithErrors",
                    r.rows(),
                    r.errors().size()));
  }

  public void apply() {
    Optional<ImportReport> done = run(false);
    if (done.isEmpty()) {
      return;
    }
    if (done.get().valid()) {
      feedback.notice("memberImport.done", done.get().applied());
      csv = null;
    } else {
      feedback.error("memberImport.refused", done.get().errors().size());
    }
  }

  private Optional<ImportReport> run(boolean dryRun) {
    if (csv == null || csv.isBlank()) {
      feedback.error("import.file.empty");
      return Optional.empty();
    }
    try {
      report =
          importMembers.importMembers(
              new ImportMembersCommand(
                  viewer.actor(),
                  csv.getBytes(StandardCharsets.UTF_8),
                  dryRun,
                  request.getRemoteAddr()));
      return Optional.of(report);
    } catch (MalformedImportFileException e) {
      feedback.error(e.messageKey(), e.line());
    } catch (AccessDeniedException e) {
      feedback.error("memberImport.denied");
    }
    return Optional.empty();
  }

  public boolean isReported() {
    return report != null;
  }

  public List<ErrorRow> getErrors() {
    return report == null ? List.of() : errorRows(report, texts());
  }

  public List<DuplicateRow> getDuplicates() {
    return report == null ? List.of() : duplicateRows(report, texts());
  }

  /** The staff export as CSV, which this page imports again. */
  public String getExportCsvHref() {
    return request.getContextPath() + "/api/v1/members/export?format=csv";
  }

  public String getExportJsonHref() {
    return request.getContextPath() + "/api/v1/members/export?format=json";
  }

  static List<ErrorRow> errorRows(ImportReport report, Texts texts) {
    return report.errors().stream().map(e -> errorRow(e, texts)).toList();
  }

  static ErrorRow errorRow(ImportError e, Texts texts) {
    String key = texts.has(e.messageKey()) ? e.messageKey() : "import.cell.invalid";
    return new ErrorRow(e.row(), e.column(), texts.text(key, e.column(), e.detail()));
  }

  static List<DuplicateRow> duplicateRows(ImportReport report, Texts texts) {
    return report.duplicates().stream().map(d -> duplicateRow(d, texts)).toList();
  }

  static DuplicateRow duplicateRow(ImportDuplicate d, Texts texts) {
    String resembles =
        d.existingSlug()
            .map(slug -> texts.text("memberImport.duplicate.existing", d.otherName(), slug))
            .orElseGet(
                () ->
                    texts.text(
                        "memberImport.duplicate.earlierRow",
                        d.otherName(),
                        d.earlierRow().orElse(0)));
    String reasons =
        String.join(
            ", ",
            d.reasons().stream()
                .map(r -> texts.text("memberImport.reason." + r.name()))
                .sorted()
                .toList());
    return new DuplicateRow(d.row(), d.displayName(), resembles, reasons);
  }

  private Texts texts() {
    return Texts.in(site.language());
  }

  public String getCsv() {
    return csv;
  }

  public void setCsv(String csv) {
    this.csv = csv;
  }

  public int getMaxRows() {
    return ImportMembersCommand.MAX_ROWS;
  }
}
