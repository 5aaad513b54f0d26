package lu.creativecluster.application.port.in.inquiry;

/**
 * Use case: the asker adds a message to their open inquiry through the tracking link. Staff are
 * told through the inbox; a forwarded inquiry's recipient gets the message by mail.
 */
public interface AddFollowUpUseCase {

  /**
   * @throws InquiryNotFoundException if no inquiry has this token
   * @throws lu.creativecluster.domain.inquiry.IllegalInquiryTransitionException if it is closed or
   *     rejected (409)
   * @throws lu.creativecluster.domain.inquiry.InvalidInquiryException if the text is empty or too
   *     long (field {@code message})
   */
  AskerView addFollowUp(String trackingToken, String text);
}
