package lu.creativecluster.application.port.in.inquiry;

import java.util.Objects;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.inquiry.InquiryId;

/** Command: staff answer an inquiry themselves; the asker gets the answer by mail. */
public record AnswerInquiryCommand(Actor actor, InquiryId id, String text, String sourceAddress) {

  public AnswerInquiryCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(id, "id");
    sourceAddress = sourceAddress == null ? "" : sourceAddress;
  }
}
