package lu.creativecluster.application.port.in.member;

import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;

/**
 * Use case: a member edits its own profile (staff may edit any), and withdraws its consent to show
 * contact details in one action.
 */
public interface UpdateMemberProfileUseCase {

  /**
   * @return the member as stored now, with its new version
   * @throws lu.creativecluster.application.port.in.access.AccessDeniedException unless staff or the
   *     member's own account
   * @throws MemberNotFoundException if there is no such member
   * @throws lu.creativecluster.application.port.out.account.ConcurrentUpdateException if the member
   *     changed since the version the editor saw
   * @throws lu.creativecluster.domain.member.MembershipEndedException if the record was merged or
   *     erased
   */
  Member update(UpdateMemberProfileCommand command);

  /**
   * Hides every contact field from the public at once.
   *
   * @return the member as stored now
   */
  Member withdrawContactConsent(Actor actor, MemberId member);
}
