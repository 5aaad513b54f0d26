package lu.creativecluster.domain.inquiry;

/**
 * Domain exception: a mail text uses a placeholder its mail does not have, or lacks one it needs.
 * Names the field and the placeholder, so a form can say which in the reader's language.
 */
public class InvalidMailTextException extends InvalidInquiryException {

  private static final long serialVersionUID = 1L;

  /** What is wrong with the placeholder. */
  public enum Problem {
    UNKNOWN_PLACEHOLDER,
    MISSING_PLACEHOLDER
  }

  private final Problem problem;
  private final String placeholder;

  public InvalidMailTextException(
      String field, Problem problem, String placeholder, String explanation) {
    super(field, explanation);
    this.problem = problem;
    this.placeholder = placeholder;
  }

  public Problem problem() {
    return problem;
  }

  /** The placeholder's name, without braces. */
  public String placeholder() {
    return placeholder;
  }
}
