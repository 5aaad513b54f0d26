package lu.creativecluster.application.service.member;

import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.member.MemberNotFoundException;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;

/** Who may do what to a member record: the business rules the member services share. */
final class MemberAccess {

  private MemberAccess() {}

  static boolean isStaff(Actor actor) {
    return actor.kind() == Actor.Kind.PERSON && (actor.has(Role.STAFF) || actor.has(Role.ADMIN));
  }

  /** Whether the actor is the person whose account manages this member. */
  static boolean isOwner(Actor actor, Member member) {
    return actor.kind() == Actor.Kind.PERSON
        && member.owner().map(owner -> owner.toString().equals(actor.id())).orElse(false);
  }

  static void requireStaff(Actor actor, String what) {
    if (!isStaff(actor)) {
      throw new AccessDeniedException("only staff " + what);
    }
  }

  static void requireStaffOrOwner(Actor actor, Member member, String what) {
    if (!isStaff(actor) && !isOwner(actor, member)) {
      throw new AccessDeniedException("only staff or the member itself " + what);
    }
  }

  static Member load(Members members, MemberId id) {
    return members.byId(id).orElseThrow(() -> new MemberNotFoundException(id.toString()));
  }
}
