package lu.creativecluster.application.port.in.inquiry;

/**
 * Use case: with the demo switched on, fill an empty recipient directory with plausible fictional
 * institutions and experts and their routing rules. Does nothing once any recipient exists.
 */
public interface SeedDemoRoutingUseCase {

  /**
   * @return how many recipients were added (0 when the directory was not empty)
   */
  int seedDemoRouting();
}
