package lu.creativecluster.application.port.in.cooperation;

import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.application.port.in.inquiry.SubmittedInquiry;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/**
 * Use case: a partner system abroad offers the cluster's members an opportunity (a call for
 * exhibitors, a buyer looking for suppliers, a co-production). The offer enters the inquiry routing
 * as an inquiry of kind offer on the topic partners, so staff see it in their inbox with the
 * members whose sectors and keywords match.
 */
public interface SubmitCooperationOfferUseCase {

  /** The scope a partner system's token needs to post offers. */
  String WRITE_SCOPE = "cooperation:write";

  /**
   * @throws lu.creativecluster.application.port.in.access.AccessDeniedException unless a partner
   *     system with {@link #WRITE_SCOPE}
   * @throws lu.creativecluster.domain.inquiry.InvalidInquiryException naming the field at fault
   */
  SubmittedInquiry offer(Actor actor, Offer offer);

  /**
   * Command: the offer, with whom the cluster answers at the partner. The texts are checked as any
   * inquiry's; the adapter has parsed the typed values.
   */
  record Offer(
      Optional<SectorCode> sector,
      String message,
      String contactName,
      Email email,
      String organisation,
      Language language,
      boolean consent) {

    public Offer {
      Objects.requireNonNull(sector, "sector");
      Objects.requireNonNull(email, "email");
      Objects.requireNonNull(language, "language");
    }
  }
}
