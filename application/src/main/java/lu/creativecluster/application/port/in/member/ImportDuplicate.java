package lu.creativecluster.application.port.in.member;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.domain.member.DuplicateReason;

/**
 * Value object: a row that probably describes a member already known, either an existing member or
 * an earlier row of the same file. Staff decide; a likely duplicate does not stop the import (the
 * imported record is flagged in the staff review like any other).
 *
 * @param row the row, as in {@link ImportError#row()}
 * @param existingSlug the existing member it resembles, if it is one
 * @param earlierRow the earlier row of the file it resembles, if it is one
 */
public record ImportDuplicate(
    int row,
    String displayName,
    Optional<String> existingSlug,
    Optional<Integer> earlierRow,
    String otherName,
    Set<DuplicateReason> reasons) {

  public ImportDuplicate {
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(existingSlug, "existingSlug");
    Objects.requireNonNull(earlierRow, "earlierRow");
    Objects.requireNonNull(otherName, "otherName");
    if (existingSlug.isPresent() == earlierRow.isPresent()) {
      throw new IllegalArgumentException("a duplicate is of an existing member or an earlier row");
    }
    reasons = Set.copyOf(reasons);
  }
}
