package lu.creativecluster.application.port.in.inquiry;

import java.util.Objects;
import java.util.Set;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.inquiry.InquiryId;

/**
 * Command: staff close one inquiry or many at once. An unanswered inquiry needs a note saying why.
 */
public record CloseInquiriesCommand(
    Actor actor, Set<InquiryId> ids, String note, String sourceAddress) {

  public static final int MAX_BULK = 200;

  public CloseInquiriesCommand {
    Objects.requireNonNull(actor, "actor");
    ids = Set.copyOf(ids);
    if (ids.isEmpty() || ids.size() > MAX_BULK) {
      throw new IllegalArgumentException("between 1 and " + MAX_BULK + " inquiries");
    }
    note = note == null ? "" : note;
    sourceAddress = sourceAddress == null ? "" : sourceAddress;
  }
}
