package lu.creativecluster.application.port.in.cooperation;

/**
 * Use case: the demo partner network and missions. A start with the demo switched on gets a few
 * fictional partner organisations with cooperations, past and upcoming missions and applications
 * from the demo members, once: a restart finds the partners and adds nothing.
 */
public interface ProvisionDemoCooperationUseCase {

  /**
   * @return how many missions were created (0 when the demo data exists already)
   */
  int provisionDemoCooperation();
}
