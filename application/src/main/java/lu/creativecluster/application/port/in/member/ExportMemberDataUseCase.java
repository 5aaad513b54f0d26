package lu.creativecluster.application.port.in.member;

import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.MemberId;

/**
 * Use case: right of access. The member (or staff for it) downloads everything the cluster holds
 * about it, as plain data an adapter writes out as JSON.
 */
public interface ExportMemberDataUseCase {

  /**
   * @throws lu.creativecluster.application.port.in.access.AccessDeniedException unless staff or the
   *     member's own account
   * @throws MemberNotFoundException if there is no such member
   */
  MemberDataExport export(Actor actor, MemberId member, String sourceAddress);
}
