package lu.creativecluster.application.port.in.member;

import java.util.List;
import java.util.Objects;

/**
 * Result: what an import found and did. A file with any error applies nothing; without errors a
 * real import applies every row ({@code applied} is then the number of rows), a dry run none.
 *
 * @param rows the number of data rows read
 * @param slugs the slug each row got (or would get), in row order; empty where the row has errors
 */
public record ImportReport(
    boolean dryRun,
    int rows,
    int applied,
    List<String> slugs,
    List<ImportError> errors,
    List<ImportDuplicate> duplicates) {

  public ImportReport {
    slugs = List.copyOf(Objects.requireNonNull(slugs, "slugs"));
    errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
    duplicates = List.copyOf(Objects.requireNonNull(duplicates, "duplicates"));
    if (applied > 0 && (!errors.isEmpty() || dryRun)) {
      throw new IllegalArgumentException("rows are applied only by a real import without errors");
    }
  }

  public boolean valid() {
    return errors.isEmpty();
  }
}
