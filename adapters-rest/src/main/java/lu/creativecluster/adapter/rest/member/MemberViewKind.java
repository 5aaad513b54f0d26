package lu.creativecluster.adapter.rest.member;

import java.util.Locale;
import lu.creativecluster.application.port.in.member.MemberView;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Role;

/**
 * REST adapter: which representation of a profile a caller gets. The use case decides what the
 * actor may see (the whole record only for staff and the member itself); this adds one rule of the
 * API's own: staff's internal notes are shown to staff only, as the member's edit form neither
 * shows nor changes them.
 *
 * <p>Partner systems get the public view, with or without scope {@code members:read}: the fields
 * beyond it are either private (legal name, VAT/RCS, notes) or contact details the member has not
 * agreed to show, and handing those to a third party would go beyond that consent.
 */
public enum MemberViewKind {
  PUBLIC,
  OWNER,
  STAFF;

  static MemberViewKind of(Actor actor, MemberView view) {
    if (!view.isComplete()) {
      return PUBLIC;
    }
    return isStaff(actor) ? STAFF : OWNER;
  }

  static boolean isStaff(Actor actor) {
    return actor.kind() == Actor.Kind.PERSON && (actor.has(Role.STAFF) || actor.has(Role.ADMIN));
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
