package lu.creativecluster.application.port.in.member;

import lu.creativecluster.domain.member.Member;

/** Use case: staff merge two records of the same member without losing either's history. */
public interface MergeMembersUseCase {

  /**
   * @return the survivor after the merge
   * @throws lu.creativecluster.application.port.in.access.AccessDeniedException unless staff
   * @throws MemberNotFoundException if either record does not exist
   * @throws lu.creativecluster.domain.member.MembershipEndedException if the survivor has ended
   *     (merged or erased)
   * @throws lu.creativecluster.domain.member.IllegalMembershipTransitionException if the duplicate
   *     has ended
   */
  Member merge(MergeMembersCommand command);
}
