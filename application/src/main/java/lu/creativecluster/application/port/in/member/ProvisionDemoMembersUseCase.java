package lu.creativecluster.application.port.in.member;

/**
 * Use case: the demo directory. A start with the demo switched on gets about sixty fictional
 * members (from the same CSV format staff import), once: a restart finds them and adds nothing.
 */
public interface ProvisionDemoMembersUseCase {

  /**
   * @return how many members were created (0 when the demo members exist already)
   */
  int provisionDemoMembers();
}
