package lu.creativecluster.application.port.in.inquiry;

/** Use case: the asker opens their tracking link to see the status and the answer. */
public interface TrackInquiryUseCase {

  /**
   * @throws InquiryNotFoundException if no inquiry has this token (or it was anonymised)
   */
  AskerView track(String trackingToken);
}
