package lu.creativecluster.application.service.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import lu.creativecluster.application.port.in.member.ImportMembersCommand;
import lu.creativecluster.application.port.in.member.ImportMembersUseCase;
import lu.creativecluster.application.port.in.member.ImportReport;
import lu.creativecluster.application.port.in.member.MemberCsv;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.application.port.out.sector.Sectors;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;

/**
 * Use case service: staff import members from CSV. Every row is checked and turned into a member
 * before anything is stored, so a file with one bad row changes nothing; the rows of a good file
 * are stored in the one transaction of the call, so a failure halfway (a slug taken meanwhile)
 * rolls back the rows before it too.
 */
@ApplicationScoped
@Transactional
public class ImportMembersService implements ImportMembersUseCase {

  private final MemberImporter importer;
  private final AuditLog auditLog;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected ImportMembersService() {
    this(null, null, null, null);
  }

  @Inject
  public ImportMembersService(Members members, Sectors sectors, AuditLog auditLog, Clock clock) {
    this.importer = new MemberImporter(members, sectors, clock);
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public ImportReport importMembers(ImportMembersCommand command) {
    MemberAccess.requireStaff(command.actor(), "import members");
    ImportReport report =
        importer.importTable(
            command.actor(), MemberCsv.read(command.content()), command.dryRun(), Map.of());
    if (report.applied() > 0) {
      auditLog.append(
          AuditEvent.of(
              clock.instant(),
              command.actor().getName(),
              AuditAction.MEMBERS_IMPORTED,
              report.applied() + " members",
              command.sourceAddress()));
    }
    return report;
  }
}
