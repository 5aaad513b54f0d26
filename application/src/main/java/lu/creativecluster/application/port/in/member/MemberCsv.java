package lu.creativecluster.application.port.in.member;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The member CSV format, read and written in one place so that an export always imports again: RFC
 * 4180 (comma-separated, double quotes around cells that need them, a doubled quote inside), UTF-8,
 * a header row naming {@link MemberColumn}s. A header without a comma but with semicolons is read
 * as semicolon-separated, as spreadsheets in German and French locales save it.
 *
 * <p>List columns hold their values in one cell, separated by {@code |}; a literal {@code |} or
 * {@code \} inside a value is written {@code \|} or {@code \\}. Cells that a spreadsheet would run
 * as a formula (starting with {@code = + - @}, a tab or a carriage return) are written with a
 * leading apostrophe, which reading removes again.
 */
public final class MemberCsv {

  /** A data row: its number as a spreadsheet shows it (the header is row 1) and its cells. */
  public record Row(int number, List<String> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /** A file as read: the header cells and the data rows, blank lines left out. */
  public record Table(List<String> headers, List<Row> rows) {
    public Table {
      headers = List.copyOf(headers);
      rows = List.copyOf(rows);
    }
  }

  private static final char QUOTE = '"';
  private static final char ESCAPE = '\\';
  private static final char NEUTRALISER = '\'';
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private MemberCsv() {}

  /**
   * Reads a file's bytes strictly as UTF-8 (a leading byte order mark is skipped).
   *
   * @throws MalformedImportFileException if the bytes are not UTF-8, a quote is left open, there is
   *     no header row, or the file exceeds the size or row limits of {@link ImportMembersCommand}
   */
  public static Table read(byte[] content) {
    Objects.requireNonNull(content, "content");
    if (content.length > ImportMembersCommand.MAX_BYTES) {
      throw new MalformedImportFileException(
          MalformedImportFileException.TOO_LARGE,
          0,
          "the file has more than " + ImportMembersCommand.MAX_BYTES + " bytes");
    }
    String text = decode(content);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new MalformedImportFileException("import.file.empty", 0, "the file is empty");
    }
    char separator = separatorOf(text);
    List<List<String>> records = records(text, separator);
    List<String> headers = records.get(0).stream().map(String::strip).toList();
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      List<String> cells = records.get(i);
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (rows.size() == ImportMembersCommand.MAX_ROWS) {
        throw new MalformedImportFileException(
            "import.file.too-many-rows",
            i + 1,
            "the file has more than " + ImportMembersCommand.MAX_ROWS + " rows");
      }
      rows.add(new Row(i + 1, cells.stream().map(MemberCsv::readCell).toList()));
    }
    return new Table(headers, rows);
  }

  /** The export as CSV text with a header row, lines ended by CRLF as RFC 4180 says. */
  public static String write(MemberDirectoryExport export) {
    StringBuilder out = new StringBuilder();
    List<String> headers = export.columns().stream().map(MemberColumn::header).toList();
    appendLine(out, headers);
    for (Map<MemberColumn, List<String>> row : export.rows()) {
      List<String> cells = new ArrayList<>();
      for (MemberColumn column : export.columns()) {
        List<String> values = row.get(column);
        cells.add(column.isList() ? joinList(values) : values.isEmpty() ? "" : values.get(0));
      }
      appendLine(out, cells);
    }
    return out.toString();
  }

  /** One list cell's values: split at unescaped {@code |}, stripped, blanks dropped. */
  public static List<String> splitList(String cell) {
    List<String> values = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == ESCAPE && i + 1 < cell.length()) {
        current.append(cell.charAt(++i));
      } else if (c == MemberColumn.LIST_SEPARATOR) {
        values.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    values.add(current.toString().strip());
    return values.stream().filter(v -> !v.isEmpty()).toList();
  }

  /** Several values in one cell, each {@code |} and {@code \} inside escaped. */
  public static String joinList(List<String> values) {
    List<String> escaped =
        values.stream()
            .map(
                v ->
                    v.replace(String.valueOf(ESCAPE), "" + ESCAPE + ESCAPE)
                        .replace(
                            String.valueOf(MemberColumn.LIST_SEPARATOR),
                            "" + ESCAPE + MemberColumn.LIST_SEPARATOR))
            .toList();
    return String.join(String.valueOf(MemberColumn.LIST_SEPARATOR), escaped);
  }

  /**
   * The cell as written to a file: a cell a spreadsheet would take for a formula gets a leading
   * apostrophe, so opening an export never runs anything (CSV injection).
   */
  public static String neutralised(String cell) {
    if (!cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) {
      return NEUTRALISER + cell;
    }
    return cell;
  }

  private static String readCell(String cell) {
    if (cell.length() > 1
        && cell.charAt(0) == NEUTRALISER
        && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
      return cell.substring(1);
    }
    return cell;
  }

  private static String decode(byte[] content) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedImportFileException(
          "import.file.encoding", 0, "the file is not UTF-8 text");
    }
  }

  private static char separatorOf(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    return header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
  }

  /** RFC 4180 records; a quoted cell may hold separators, quotes (doubled) and line breaks. */
  private static List<List<String>> records(String text, char separator) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean afterQuote = false;
    int line = 1;
    int quoteLine = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == QUOTE) {
          if (i + 1 < text.length() && text.charAt(i + 1) == QUOTE) {
            cell.append(QUOTE);
            i++;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append(c);
        }
      } else if (c == QUOTE && cell.length() == 0 && !afterQuote) {
        quoted = true;
        quoteLine = line;
      } else if (c == separator) {
        record.add(cell.toString());
        cell.setLength(0);
        afterQuote = false;
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue;
      } else if (c == '\n' || c == '\r') {
        record.add(cell.toString());
        records.add(record);
        record = new ArrayList<>();
        cell.setLength(0);
        afterQuote = false;
        line++;
      } else if (afterQuote) {
        throw new MalformedImportFileException(
            "import.file.quotes", line, "text after a closing quote on line " + line);
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw new MalformedImportFileException(
          "import.file.quotes",
          quoteLine,
          "a quote opened on line " + quoteLine + " is not closed");
    }
    if (cell.length() > 0 || !record.isEmpty() || afterQuote) {
      record.add(cell.toString());
      records.add(record);
    }
    return records;
  }

  private static void appendLine(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quotedIfNeeded(neutralised(cells.get(i))));
    }
    out.append("\r\n");
  }

  private static String quotedIfNeeded(String cell) {
    boolean needs =
        cell.indexOf(',') >= 0
            || cell.indexOf(';') >= 0
            || cell.indexOf(QUOTE) >= 0
            || cell.indexOf('\n') >= 0
            || cell.indexOf('\r') >= 0
            || (!cell.isEmpty() && cell.strip().length() != cell.length());
    if (!needs) {
      return cell;
    }
    return QUOTE + cell.replace("\"", "\"\"") + QUOTE;
  }
}
