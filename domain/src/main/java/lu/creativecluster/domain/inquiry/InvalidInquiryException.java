package lu.creativecluster.domain.inquiry;

/** Domain exception: a field of an inquiry, recipient or rule is malformed; names the field. */
public class InvalidInquiryException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidInquiryException(String field, String problem) {
    super(field + " " + problem);
    this.field = field;
  }

  /** The field as the API and forms name it: message, name, email, organisation, … */
  public String field() {
    return field;
  }
}
