package lu.creativecluster.adapter.rest.inquiry;

/** A request body over the operation's limit: answered 413 naming {@code body}. */
public class BodyTooLargeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BodyTooLargeException(int maxChars) {
    // A client's mistake, never logged: no stack trace to fill in.
    super("body has at most " + maxChars + " characters", null, false, false);
  }
}
