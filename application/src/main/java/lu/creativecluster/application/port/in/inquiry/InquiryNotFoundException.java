package lu.creativecluster.application.port.in.inquiry;

/**
 * Contract exception: no inquiry is known by this id or link, or the link has expired. Adapters
 * answer 404, and never say which of the two it was.
 */
public class InquiryNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InquiryNotFoundException() {
    super("no such inquiry, or its link has expired");
  }
}
