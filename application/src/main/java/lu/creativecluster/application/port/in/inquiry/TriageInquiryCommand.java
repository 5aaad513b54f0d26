package lu.creativecluster.application.port.in.inquiry;

import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.inquiry.InquiryId;
import lu.creativecluster.domain.inquiry.RecipientId;

/** Command: staff choose (or confirm) who should answer; an empty recipient leaves it open. */
public record TriageInquiryCommand(
    Actor actor, InquiryId id, Optional<RecipientId> recipient, String note, String sourceAddress) {

  public TriageInquiryCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(id, "id");
    sourceAddress = sourceAddress == null ? "" : sourceAddress;
  }
}
