package lu.creativecluster.application.port.in.event;

/**
 * Use case: with the demo switched on, the platform starts with a few years of events (monthly
 * networking evenings, afterworks, a yearly fair) with registrations and attendance, and some
 * upcoming ones, so the event pages and the figures show something on the first run.
 */
public interface ProvisionDemoEventsUseCase {

  /**
   * Creates the demo events, once: nothing if any event exists already.
   *
   * @return how many events were created
   */
  int provisionDemoEvents();
}
