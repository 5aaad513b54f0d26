package lu.creativecluster.application.port.in.inquiry;

import lu.creativecluster.domain.inquiry.Inquiry;

/**
 * Use case: staff triage a new inquiry, accepting the suggested recipient or another. Staff only.
 */
public interface TriageInquiryUseCase {

  /**
   * @throws lu.creativecluster.application.port.in.access.AccessDeniedException unless staff
   * @throws InquiryNotFoundException if there is no such inquiry
   * @throws RecipientNotFoundException if the chosen recipient is unknown or inactive
   * @throws lu.creativecluster.domain.inquiry.IllegalInquiryTransitionException if its status does
   *     not allow it
   */
  Inquiry triage(TriageInquiryCommand command);
}
