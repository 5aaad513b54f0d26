package lu.creativecluster.application.service.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import lu.creativecluster.application.port.in.member.MergeMembersCommand;
import lu.creativecluster.application.port.in.member.MergeMembersUseCase;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import lu.creativecluster.domain.member.Member;

/**
 * Use case service: staff merge a duplicate record into the survivor. Both records are saved in one
 * transaction, so a merge is never half done.
 */
@ApplicationScoped
@Transactional
public class MergeMembersService implements MergeMembersUseCase {

  private final Members members;
  private final AuditLog auditLog;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected MergeMembersService() {
    this(null, null, null);
  }

  @Inject
  public MergeMembersService(Members members, AuditLog auditLog, Clock clock) {
    this.members = members;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public Member merge(MergeMembersCommand command) {
    MemberAccess.requireStaff(command.actor(), "merge members");
    Member survivor = MemberAccess.load(members, command.survivor());
    Member duplicate = MemberAccess.load(members, command.duplicate());
    Instant now = clock.instant();
    survivor.mergeFrom(duplicate, command.actor(), now);
    members.save(survivor);
    members.save(duplicate);
    auditLog.append(
        AuditEvent.of(
            now,
            command.actor().getName(),
            AuditAction.MEMBERS_MERGED,
            duplicate.id() + " into " + survivor.id(),
            command.sourceAddress()));
    return MemberAccess.load(members, survivor.id());
  }
}
