package lu.creativecluster.application.port.in.member;

import lu.creativecluster.domain.access.Actor;

/**
 * Use case: export the member directory. Staff get every member that is still a record of its own
 * (applied, active, suspended, left, rejected; not merged or erased) with every column, in the
 * format the import reads back; everyone else gets the active members' public fields, contact
 * fields only where the member agreed to show them.
 */
public interface ExportMembersUseCase {

  /** Members ordered by slug, so two exports of the same data are identical. */
  MemberDirectoryExport export(Actor actor, String sourceAddress);
}
