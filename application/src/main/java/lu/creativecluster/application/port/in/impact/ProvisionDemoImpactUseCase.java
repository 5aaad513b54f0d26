package lu.creativecluster.application.port.in.impact;

/**
 * Use case: with the demo switched on, a few years of projects and site visits, so the impact
 * dashboard shows trends on the first start.
 */
public interface ProvisionDemoImpactUseCase {

  /**
   * @return how many demo projects were created; 0 when there were projects already
   */
  int provisionDemoImpact();
}
