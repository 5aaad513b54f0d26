package lu.creativecluster.domain.inquiry;

/** Domain exception: the inquiry's status does not allow what was asked (a business conflict). */
public class IllegalInquiryTransitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final InquiryStatus from;
  private final String attempted;

  public IllegalInquiryTransitionException(InquiryStatus from, String attempted) {
    super("an inquiry that is " + from.code() + " cannot be " + attempted);
    this.from = from;
    this.attempted = attempted;
  }

  public InquiryStatus from() {
    return from;
  }

  /** What was attempted, as a stable word: triaged, forwarded, answered, closed, … */
  public String attempted() {
    return attempted;
  }
}
