package lu.creativecluster.application.service.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import lu.creativecluster.application.port.in.member.ExportMemberDataUseCase;
import lu.creativecluster.application.port.in.member.MemberDataExport;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;

/**
 * Use case service: hands a member everything held about it. Each export is audited, as it hands
 * out personal data.
 */
@ApplicationScoped
@Transactional
public class ExportMemberDataService implements ExportMemberDataUseCase {

  private final Members members;
  private final AuditLog auditLog;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected ExportMemberDataService() {
    this(null, null, null);
  }

  @Inject
  public ExportMemberDataService(Members members, AuditLog auditLog, Clock clock) {
    this.members = members;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public MemberDataExport export(Actor actor, MemberId id, String sourceAddress) {
    Member member = MemberAccess.load(members, id);
    MemberAccess.requireStaffOrOwner(actor, member, "export a member's data");
    Instant now = clock.instant();
    auditLog.append(
        AuditEvent.of(
            now, actor.getName(), AuditAction.MEMBER_DATA_EXPORTED, id.toString(), sourceAddress));
    return MemberDataExport.of(member, now);
  }
}
