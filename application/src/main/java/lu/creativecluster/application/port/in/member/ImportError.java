package lu.creativecluster.application.port.in.member;

import java.util.Objects;

/**
 * Value object: why one row of an import cannot be applied.
 *
 * @param row the row's line in the file as a spreadsheet numbers it (the header is row 1)
 * @param column the column's header name; empty for a problem with the row as a whole
 * @param messageKey the text key that explains it ({@code import.*}), for every language
 * @param detail what exactly is wrong, in English, for logs and API clients
 */
public record ImportError(int row, String column, String messageKey, String detail) {

  public ImportError {
    if (row < 1) {
      throw new IllegalArgumentException("rows count from 1");
    }
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(messageKey, "messageKey");
    detail = detail == null ? "" : detail;
  }
}
