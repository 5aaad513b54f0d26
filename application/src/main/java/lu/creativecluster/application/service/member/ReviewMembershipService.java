package lu.creativecluster.application.service.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import lu.creativecluster.application.port.in.member.MembershipApplication;
import lu.creativecluster.application.port.in.member.MembershipDecision;
import lu.creativecluster.application.port.in.member.ReviewMembershipCommand;
import lu.creativecluster.application.port.in.member.ReviewMembershipUseCase;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import lu.creativecluster.domain.member.DuplicateDetector;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.MemberStatus;

/**
 * Use case service: staff decide about memberships and resolve likely duplicates. Only staff
 * decide, except that a member may leave by itself; the decision lands in the member's history.
 */
@ApplicationScoped
@Transactional
public class ReviewMembershipService implements ReviewMembershipUseCase {

  private final Members members;
  private final AuditLog auditLog;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected ReviewMembershipService() {
    this(null, null, null);
  }

  @Inject
  public ReviewMembershipService(Members members, AuditLog auditLog, Clock clock) {
    this.members = members;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public Member decide(ReviewMembershipCommand command) {
    Actor actor = command.actor();
    Member member = MemberAccess.load(members, command.member());
    if (command.decision() == MembershipDecision.MARK_LEFT) {
      MemberAccess.requireStaffOrOwner(actor, member, "record that a member left");
    } else {
      MemberAccess.requireStaff(actor, "decide about memberships");
    }
    Instant now = clock.instant();
    switch (command.decision()) {
      case APPROVE -> member.approve(actor, now);
      case REJECT -> member.reject(actor, now, command.reason());
      case SUSPEND -> member.suspend(actor, now, command.reason());
      case REINSTATE -> member.reinstate(actor, now, command.reason());
      case MARK_LEFT -> member.leave(actor, now, command.reason());
    }
    members.save(member);
    return MemberAccess.load(members, member.id());
  }

  @Override
  public List<MembershipApplication> pendingApplications(Actor actor) {
    MemberAccess.requireStaff(actor, "review applications");
    return members.byStatus(MemberStatus.APPLIED).stream().map(this::withDuplicates).toList();
  }

  @Override
  public MembershipApplication duplicatesOf(Actor actor, MemberId id) {
    MemberAccess.requireStaff(actor, "look for duplicates");
    return withDuplicates(MemberAccess.load(members, id));
  }

  @Override
  public MembershipApplication dismissDuplicate(
      Actor actor, MemberId id, MemberId otherId, String sourceAddress) {
    MemberAccess.requireStaff(actor, "dismiss duplicates");
    Member member = MemberAccess.load(members, id);
    Member other = MemberAccess.load(members, otherId);
    // One side suffices: the detector honours a confirmation recorded on either record.
    member.markDistinctFrom(other.id());
    members.save(member);
    auditLog.append(
        AuditEvent.of(
            clock.instant(),
            actor.getName(),
            AuditAction.MEMBER_DUPLICATE_DISMISSED,
            id + " is not " + otherId,
            sourceAddress));
    return withDuplicates(MemberAccess.load(members, id));
  }

  private MembershipApplication withDuplicates(Member member) {
    return new MembershipApplication(
        member, DuplicateDetector.candidatesFor(member, members.duplicateCandidatesFor(member)));
  }
}
