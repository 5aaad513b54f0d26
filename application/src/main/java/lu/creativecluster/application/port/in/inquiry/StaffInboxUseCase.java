package lu.creativecluster.application.port.in.inquiry;

import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryId;

/** Use case: staff list, filter and search inquiries and open one with its history. Staff only. */
public interface StaffInboxUseCase {

  InboxPage inbox(Actor actor, InboxQuery query);

  /**
   * @throws InquiryNotFoundException if there is no such inquiry
   */
  Inquiry inquiry(Actor actor, InquiryId id);

  /** Whether the inquiry is overdue today (Luxembourg time), for the inbox's flag. */
  boolean isOverdue(Inquiry inquiry);
}
