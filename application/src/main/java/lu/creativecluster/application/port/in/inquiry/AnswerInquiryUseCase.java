package lu.creativecluster.application.port.in.inquiry;

import lu.creativecluster.domain.inquiry.Inquiry;

/** Use case: staff answer directly; the asker gets the answer by mail. Staff only. */
public interface AnswerInquiryUseCase {

  Inquiry answer(AnswerInquiryCommand command);
}
