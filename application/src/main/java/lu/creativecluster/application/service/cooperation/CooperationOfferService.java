package lu.creativecluster.application.service.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.cooperation.SubmitCooperationOfferUseCase;
import lu.creativecluster.application.port.in.inquiry.SubmitInquiryCommand;
import lu.creativecluster.application.port.in.inquiry.SubmitInquiryUseCase;
import lu.creativecluster.application.port.in.inquiry.SubmittedInquiry;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.inquiry.InquiryKind;
import lu.creativecluster.domain.inquiry.InquiryTopic;

/**
 * Use case service: a partner system's offer becomes an inquiry of kind offer, through the same
 * submission as a visitor's (stored with its confirmation mail in one transaction), so routing,
 * reminders, the member suggestion and the figures treat it like any other offer.
 */
@ApplicationScoped
@Transactional
public class CooperationOfferService implements SubmitCooperationOfferUseCase {

  private final SubmitInquiryUseCase submitInquiry;

  /** For CDI's client proxy only. */
  protected CooperationOfferService() {
    this(null);
  }

  @Inject
  public CooperationOfferService(SubmitInquiryUseCase submitInquiry) {
    this.submitInquiry = submitInquiry;
  }

  @Override
  public SubmittedInquiry offer(Actor actor, Offer offer) {
    if (actor.kind() != Actor.Kind.PARTNER || !actor.hasScope(WRITE_SCOPE)) {
      throw new AccessDeniedException(
          "only a partner system with the scope " + WRITE_SCOPE + " posts offers");
    }
    return submitInquiry.submit(
        new SubmitInquiryCommand(
            InquiryKind.OFFER,
            InquiryTopic.PARTNERS,
            offer.sector(),
            offer.message(),
            offer.contactName(),
            offer.email(),
            offer.organisation(),
            offer.language(),
            offer.consent()));
  }
}
