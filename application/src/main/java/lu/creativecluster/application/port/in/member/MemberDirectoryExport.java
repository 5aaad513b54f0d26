package lu.creativecluster.application.port.in.member;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Read model: the member directory as a table, one row per member and one cell per column, each
 * cell holding the column's values as plain strings (one at most, several for list columns). An
 * adapter writes it out as CSV ({@link MemberCsv}) or JSON as it is.
 *
 * @param complete whether staff asked: every status and every column; otherwise active members and
 *     the columns anyone may read (contact fields only where the member agreed to show them)
 * @param columns the columns present, in the documented order
 */
public record MemberDirectoryExport(
    boolean complete, List<MemberColumn> columns, List<Map<MemberColumn, List<String>>> rows) {

  public MemberDirectoryExport {
    columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    List<Map<MemberColumn, List<String>>> copy = new ArrayList<>();
    for (Map<MemberColumn, List<String>> row : Objects.requireNonNull(rows, "rows")) {
      Map<MemberColumn, List<String>> cells = new EnumMap<>(MemberColumn.class);
      for (MemberColumn column : columns) {
        cells.put(column, List.copyOf(row.getOrDefault(column, List.of())));
      }
      copy.add(Collections.unmodifiableMap(cells));
    }
    rows = List.copyOf(copy);
  }
}
