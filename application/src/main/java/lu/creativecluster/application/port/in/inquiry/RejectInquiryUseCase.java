package lu.creativecluster.application.port.in.inquiry;

import lu.creativecluster.domain.inquiry.Inquiry;

/** Use case: staff reject an inquiry as spam; no mail goes out. Staff only. */
public interface RejectInquiryUseCase {

  Inquiry reject(RejectInquiryCommand command);
}
