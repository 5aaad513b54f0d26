package lu.creativecluster.application.port.in.member;

/**
 * Use case: staff import members from a CSV file. A dry run checks every row and reports errors
 * (row, column, text key) and likely duplicates, changing nothing; a real import applies all rows
 * in one transaction, or none when any row has an error.
 */
public interface ImportMembersUseCase {

  /**
   * @return the report; on a real import with errors nothing was applied
   * @throws lu.creativecluster.application.port.in.access.AccessDeniedException unless staff
   * @throws MalformedImportFileException if the file cannot be read as CSV at all
   */
  ImportReport importMembers(ImportMembersCommand command);
}
