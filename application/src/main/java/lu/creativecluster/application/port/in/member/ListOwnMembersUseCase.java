package lu.creativecluster.application.port.in.member;

import java.util.List;
import lu.creativecluster.domain.access.Actor;

/**
 * Use case: a signed-in person sees the member records their account manages, to reach their own
 * data (download, consent) from the account pages.
 */
public interface ListOwnMembersUseCase {

  /** Empty for visitors, partner systems and people who manage no member. */
  List<MemberSummary> ownedBy(Actor actor);
}
