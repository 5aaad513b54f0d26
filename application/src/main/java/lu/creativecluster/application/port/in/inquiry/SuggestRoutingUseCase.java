package lu.creativecluster.application.port.in.inquiry;

import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.inquiry.InquiryId;

/**
 * Use case: what staff are offered when they triage: for a question, the recipient the most
 * specific routing rule names; for an offer, the active members whose sectors and keywords match.
 * Staff only.
 */
public interface SuggestRoutingUseCase {

  RoutingSuggestion suggest(Actor actor, InquiryId id);
}
