package lu.creativecluster.application.service.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import lu.creativecluster.application.port.in.inquiry.AskerView;
import lu.creativecluster.application.port.in.inquiry.TrackInquiryUseCase;
import lu.creativecluster.application.port.out.inquiry.Inquiries;

/**
 * Use case service: the asker looks at their inquiry through the tracking link. A read only, so it
 * joins a caller's transaction but opens none: the store reads in one statement (or from its cache)
 * and a transaction would cost more than the read (begin, enlisting the connection, commit).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TrackInquiryService implements TrackInquiryUseCase {

  private final Inquiries inquiries;

  /** For CDI's client proxy only. */
  protected TrackInquiryService() {
    this(null);
  }

  @Inject
  public TrackInquiryService(Inquiries inquiries) {
    this.inquiries = inquiries;
  }

  @Override
  public AskerView track(String trackingToken) {
    return AskerView.of(InquiryAccess.readByTrackingToken(inquiries, trackingToken));
  }

  @Override
  public Object freshness() {
    return inquiries.trackingStamp();
  }
}
