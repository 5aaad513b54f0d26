package lu.creativecluster.application.service.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import lu.creativecluster.application.port.in.member.ExportMembersUseCase;
import lu.creativecluster.application.port.in.member.MemberColumn;
import lu.creativecluster.application.port.in.member.MemberDirectoryExport;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import lu.creativecluster.domain.member.MemberStatus;

/**
 * Use case service: the member directory as a table. Staff's complete export hands out personal
 * data of many members at once, so it is audited; the public one holds nothing a profile page does
 * not show.
 */
@ApplicationScoped
@Transactional
public class ExportMembersService implements ExportMembersUseCase {

  /** The columns of the public export: everything but the private details. */
  static final List<MemberColumn> PUBLIC_COLUMNS =
      Arrays.stream(MemberColumn.values())
          .filter(c -> c.visibility() != MemberColumn.Visibility.PRIVATE)
          .toList();

  private final Members members;
  private final AuditLog auditLog;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected ExportMembersService() {
    this(null, null, null);
  }

  @Inject
  public ExportMembersService(Members members, AuditLog auditLog, Clock clock) {
    this.members = members;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public MemberDirectoryExport export(Actor actor, String sourceAddress) {
    boolean complete = MemberAccess.isStaff(actor);
    List<MemberStatus> statuses =
        complete ? MemberRows.IMPORTABLE.stream().sorted().toList() : List.of(MemberStatus.ACTIVE);
    List<Map<MemberColumn, List<String>>> rows =
        statuses.stream()
            .flatMap(s -> members.byStatus(s).stream())
            .sorted(Comparator.comparing(m -> m.slug().value()))
            .map(m -> MemberRows.write(m, complete))
            .toList();
    if (complete) {
      auditLog.append(
          AuditEvent.of(
              clock.instant(),
              actor.getName(),
              AuditAction.MEMBER_DIRECTORY_EXPORTED,
              rows.size() + " members",
              sourceAddress));
    }
    return new MemberDirectoryExport(
        complete, complete ? List.of(MemberColumn.values()) : PUBLIC_COLUMNS, rows);
  }
}
