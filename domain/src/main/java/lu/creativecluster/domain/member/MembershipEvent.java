package lu.creativecluster.domain.member;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Record of a member's history: who moved which record from what status to what, when and why.
 * After a merge the survivor's history also holds the merged record's events, still naming it.
 *
 * @param member the record the event happened to
 * @param by the actor, as {@link lu.creativecluster.domain.access.Actor#getName()}
 * @param from empty for the application that created the record
 * @param reason may be empty; erased when the member is
 */
public record MembershipEvent(
    MemberId member,
    Instant at,
    String by,
    Optional<MemberStatus> from,
    MemberStatus to,
    String reason) {

  public static final int MAX_REASON_LENGTH = 1_000;

  public MembershipEvent {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(at, "at");
    by = Texts.singleLine(by, "actor", 1, 200);
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    reason = Texts.multiLine(reason == null ? "" : reason, "reason", MAX_REASON_LENGTH);
  }

  /** This event without its reason, which may hold personal data. */
  public MembershipEvent withoutReason() {
    return new MembershipEvent(member, at, by, from, to, "");
  }
}
