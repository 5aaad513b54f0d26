package lu.creativecluster.application.port.in.member;

import java.util.List;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;

/**
 * Use case: staff review memberships: approve or reject applications, suspend and reinstate
 * members, record that a member left (a member may also leave by itself), and see the applications
 * waiting with their likely duplicates.
 */
public interface ReviewMembershipUseCase {

  /**
   * @return the member after the decision
   * @throws lu.creativecluster.application.port.in.access.AccessDeniedException unless staff (or
   *     the member itself, to leave)
   * @throws MemberNotFoundException if there is no such member
   * @throws lu.creativecluster.domain.member.MissingReasonException if a reject or suspend has none
   * @throws lu.creativecluster.domain.member.IllegalMembershipTransitionException if the member's
   *     status does not allow the decision
   */
  Member decide(ReviewMembershipCommand command);

  /**
   * Applications waiting for a decision, oldest first, each with the members it probably
   * duplicates.
   *
   * @throws lu.creativecluster.application.port.in.access.AccessDeniedException unless staff
   */
  List<MembershipApplication> pendingApplications(Actor actor);

  /**
   * The members this one probably duplicates.
   *
   * @throws lu.creativecluster.application.port.in.access.AccessDeniedException unless staff
   */
  MembershipApplication duplicatesOf(Actor actor, MemberId member);

  /**
   * Staff dismiss a likely duplicate: the two records are different members, and neither is flagged
   * as the other's duplicate again.
   *
   * @return the member with the duplicates that remain
   * @throws lu.creativecluster.application.port.in.access.AccessDeniedException unless staff
   * @throws MemberNotFoundException if either record does not exist
   */
  MembershipApplication dismissDuplicate(
      Actor actor, MemberId member, MemberId other, String sourceAddress);
}
