package lu.creativecluster.application.port.in.inquiry;

import lu.creativecluster.domain.inquiry.Inquiry;

/**
 * Use case: staff forward an inquiry; the recipient gets a mail (through the outbox, in the same
 * transaction) with the inquiry and a private link to answer or decline, valid until the inquiry
 * closes. Staff only.
 */
public interface ForwardInquiryUseCase {

  Inquiry forward(ForwardInquiryCommand command);
}
