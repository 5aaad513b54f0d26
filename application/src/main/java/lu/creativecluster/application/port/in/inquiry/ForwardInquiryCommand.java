package lu.creativecluster.application.port.in.inquiry;

import java.util.Objects;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.inquiry.InquiryId;
import lu.creativecluster.domain.inquiry.RecipientId;

/** Command: staff forward an inquiry to a recipient, who gets a mail with a private link. */
public record ForwardInquiryCommand(
    Actor actor, InquiryId id, RecipientId recipient, String note, String sourceAddress) {

  public ForwardInquiryCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(id, "id");
    sourceAddress = sourceAddress == null ? "" : sourceAddress;
  }
}
