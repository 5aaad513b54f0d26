package lu.creativecluster.application.port.in.member;

import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.Slug;

/**
 * Use case: someone opens a member's profile. Visitors and partner systems see active members'
 * public view; staff and the member itself see the whole record in any status.
 */
public interface ShowMemberProfileUseCase {

  /**
   * @throws MemberNotFoundException if there is no such member or the actor may not see it
   * @throws MemberMovedException if the member was merged into another, public one
   */
  MemberView show(Actor actor, Slug slug);

  /**
   * @throws MemberNotFoundException if there is no such member or the actor may not see it
   * @throws MemberMovedException if the member was merged into another, public one
   */
  MemberView show(Actor actor, MemberId id);
}
