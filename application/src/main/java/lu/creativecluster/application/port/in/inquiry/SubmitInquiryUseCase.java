package lu.creativecluster.application.port.in.inquiry;

/**
 * Use case: a visitor asks a question or makes an offer. The inquiry, its tracking link (stored as
 * a hash only) and the confirmation mail with that link are saved in one transaction.
 */
public interface SubmitInquiryUseCase {

  /**
   * @throws lu.creativecluster.domain.inquiry.InvalidInquiryException naming the field at fault
   *     (message, name, organisation, consent)
   */
  SubmittedInquiry submit(SubmitInquiryCommand command);
}
