package lu.creativecluster.application.port.in.member;

import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.MemberId;

/**
 * Use case: right to erasure. The member (or staff for it) has the personal data removed; the
 * anonymised record keeps what the cluster's aggregate figures need.
 */
public interface EraseMemberUseCase {

  /**
   * @throws lu.creativecluster.application.port.in.access.AccessDeniedException unless staff or the
   *     member's own account
   * @throws MemberNotFoundException if there is no such member
   */
  void erase(Actor actor, MemberId member, String sourceAddress);
}
