package lu.creativecluster.domain.event;

/**
 * Domain exception: staff tried to give an event fewer seats than it has confirmed registrations;
 * nobody confirmed is ever pushed back to the waiting list.
 */
public class CapacityBelowConfirmedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int confirmed;

  public CapacityBelowConfirmedException(EventId event, int capacity, int confirmed) {
    super("event " + event + " has " + confirmed + " confirmed, more than " + capacity + " seats");
    this.confirmed = confirmed;
  }

  public int confirmed() {
    return confirmed;
  }
}
