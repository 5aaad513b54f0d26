package lu.creativecluster.application.port.in.account;

/** Contract exception: a one-time link is unknown, used or expired. */
public class InvalidTokenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidTokenException() {
    super("the link is invalid, used or expired");
  }
}
