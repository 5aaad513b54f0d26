package lu.creativecluster.application.port.in.inquiry;

/** Use case: the asker opens their tracking link to see the status and the answer. */
public interface TrackInquiryUseCase {

  /**
   * @throws InquiryNotFoundException if no inquiry has this token (or it was anonymised)
   */
  AskerView track(String trackingToken);

  /**
   * A value that changes whenever what {@link #track} shows for any token may have changed (seen on
   * another server within a second): an answer made from a tracking read may be replayed to the
   * token's holder while it stands.
   */
  Object freshness();
}
