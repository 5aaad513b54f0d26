package lu.creativecluster.application.service.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import lu.creativecluster.application.port.in.member.EraseMemberUseCase;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;

/**
 * Use case service: erases a member's personal data. The audit entry names only the record's id,
 * which says nothing about the person once the record is anonymised.
 */
@ApplicationScoped
@Transactional
public class EraseMemberService implements EraseMemberUseCase {

  private final Members members;
  private final AuditLog auditLog;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected EraseMemberService() {
    this(null, null, null);
  }

  @Inject
  public EraseMemberService(Members members, AuditLog auditLog, Clock clock) {
    this.members = members;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public void erase(Actor actor, MemberId id, String sourceAddress) {
    Member member = MemberAccess.load(members, id);
    MemberAccess.requireStaffOrOwner(actor, member, "erase a member's data");
    Instant now = clock.instant();
    member.erase(actor, now);
    members.save(member);
    auditLog.append(
        AuditEvent.of(
            now, actor.getName(), AuditAction.MEMBER_ERASED, id.toString(), sourceAddress));
  }
}
