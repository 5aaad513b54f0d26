package lu.creativecluster.application.service.cooperation;

import java.util.Optional;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.member.MemberNotFoundException;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;

/**
 * Who may do what in cross-border cooperation: the rules the partner and mission services share.
 */
public final class CooperationAccess {

  private CooperationAccess() {}

  public static boolean isStaff(Actor actor) {
    return actor.kind() == Actor.Kind.PERSON && (actor.has(Role.STAFF) || actor.has(Role.ADMIN));
  }

  public static void requireStaff(Actor actor, String what) {
    if (!isStaff(actor)) {
      throw new AccessDeniedException("only staff " + what);
    }
  }

  /** Whether the actor is the signed-in person whose account manages the member record. */
  public static boolean isOwner(Actor actor, Member member) {
    return isOwner(actor, member.owner());
  }

  /** The same rule, given the account that manages a member record (if any). */
  public static boolean isOwner(Actor actor, Optional<AccountId> owner) {
    return actor.kind() == Actor.Kind.PERSON
        && owner.map(o -> o.toString().equals(actor.id())).orElse(false);
  }

  /** The member record the actor manages (staff may act for any member). */
  public static Member ownedMember(Members members, Actor actor, MemberId id, String what) {
    if (actor.kind() != Actor.Kind.PERSON) {
      throw new AccessDeniedException("only a signed-in member may " + what);
    }
    Member member = members.byId(id).orElseThrow(() -> new MemberNotFoundException(id.toString()));
    if (!isOwner(actor, member) && !isStaff(actor)) {
      throw new AccessDeniedException("only the person managing member " + id + " may " + what);
    }
    return member;
  }
}
