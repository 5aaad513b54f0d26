package lu.creativecluster.application.port.in.member;

import java.util.Objects;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.MemberId;

/** Command: staff decide about a membership (or a member leaves). */
public record ReviewMembershipCommand(
    Actor actor, MemberId member, MembershipDecision decision, String reason) {

  public ReviewMembershipCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(decision, "decision");
    reason = reason == null ? "" : reason.strip();
  }
}
