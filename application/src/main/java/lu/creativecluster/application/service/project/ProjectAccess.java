package lu.creativecluster.application.service.project;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;

/** Who may see and change projects: the business rules the project services share. */
final class ProjectAccess {

  private ProjectAccess() {}

  static boolean isStaff(Actor actor) {
    return actor.kind() == Actor.Kind.PERSON && (actor.has(Role.STAFF) || actor.has(Role.ADMIN));
  }

  static void requireStaff(Actor actor, String what) {
    if (!isStaff(actor)) {
      throw new AccessDeniedException("only staff " + what);
    }
  }

  /** The member records this person's account manages; none for anyone else. */
  static List<MemberId> membersOf(Actor actor, Members members) {
    return accountOf(actor)
        .map(account -> members.byOwner(account).stream().map(Member::id).toList())
        .orElse(List.of());
  }

  private static Optional<AccountId> accountOf(Actor actor) {
    if (actor.kind() != Actor.Kind.PERSON) {
      return Optional.empty();
    }
    try {
      return Optional.of(new AccountId(UUID.fromString(actor.id())));
    } catch (IllegalArgumentException notAnAccount) {
      // A person known only to an operator's identity provider manages no member record here.
      return Optional.empty();
    }
  }
}
