package lu.creativecluster.application.service.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import lu.creativecluster.application.port.in.inquiry.AskerView;
import lu.creativecluster.application.port.in.inquiry.TrackInquiryUseCase;
import lu.creativecluster.application.port.out.inquiry.Inquiries;

/** Use case service: the asker looks at their inquiry through the tracking link. */
@ApplicationScoped
@Transactional
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
}
