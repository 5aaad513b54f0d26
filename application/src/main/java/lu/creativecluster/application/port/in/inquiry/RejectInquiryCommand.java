package lu.creativecluster.application.port.in.inquiry;

import java.util.Objects;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.inquiry.InquiryId;

/** Command: staff reject an inquiry as spam or abuse. */
public record RejectInquiryCommand(Actor actor, InquiryId id, String reason, String sourceAddress) {

  public RejectInquiryCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(id, "id");
    sourceAddress = sourceAddress == null ? "" : sourceAddress;
  }
}
